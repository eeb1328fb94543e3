namespace PaperDigest.Blocks;

/// <summary>
/// A page element that groups blocks (a card's <c>div</c>, an <c>article</c>, a <c>section</c>, a list item): its shape
/// (tag and first class), the container it sits in, and the blocks it holds. Sibling containers of one shape are a
/// page's repeated records (the data records MDR finds in a DOM tree).
/// </summary>
/// <param name="Key">The tag and first class: <c>div.card</c>, <c>article</c>.</param>
/// <param name="Parent">The index of the enclosing container, or -1.</param>
/// <param name="FirstBlock">The index of its first block.</param>
/// <param name="EndBlock">The index after its last block.</param>
internal readonly record struct BlockContainer(string Key, int Parent, int FirstBlock, int EndBlock);
