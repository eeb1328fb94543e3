using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace PaperDigest.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as sorted, diff-friendly C#-like lines: every exported type with its base types
/// and its public and protected members (compiler-generated record members left out), with nullable annotations.
/// </summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(short)] = "short", [typeof(int)] = "int",
        [typeof(long)] = "long", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    public static string Generate(Assembly assembly)
    {
        var text = new StringBuilder();
        var types = assembly.GetExportedTypes();
        // The size of the surface, so a change to it shows in the diff of this file (issue [6/6]: keep it small on purpose).
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"// public types: {types.Length}; in the root namespace PaperDigest: {types.Count(t => t.Namespace == "PaperDigest")}\n");
        foreach (var group in types.GroupBy(t => t.Namespace ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("namespace ").Append(group.Key).Append('\n');
            foreach (var type in group.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                foreach (var line in Describe(type))
                {
                    text.Append("  ").Append(line).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The type's header line, then one indented line per member, sorted.</summary>
    public static IEnumerable<string> Describe(Type type)
    {
        yield return Header(type);
        foreach (var member in Members(type))
        {
            yield return "  " + member;
        }
    }

    private static string Header(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && baseType != typeof(MulticastDelegate))
        {
            bases.Add(Name(baseType));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Select(i => Name(i)).Order(StringComparer.Ordinal));
        }

        return $"{Kind(type)} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string Kind(Type type)
    {
        var record = type.GetMethod("<Clone>$") is not null || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
        if (type.IsEnum)
        {
            return "public enum";
        }

        if (type.IsInterface)
        {
            return "public interface";
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            return "public delegate";
        }

        if (type.IsValueType)
        {
            var readOnly = type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty;
            return $"public {readOnly}{(record ? "record struct" : "struct")}";
        }

        var modifier = type is { IsAbstract: true, IsSealed: true } ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
        return $"public {modifier}{(record ? "record" : "class")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture))
                .Select(f => $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)}");
        }

        var context = new NullabilityInfoContext();
        var members = type.GetMembers(Declared).Where(m => IsVisible(m, type) && !IsGenerated(m));
        return members.Select(m => (Order: Order(m), m.Name, Text: Member(m, context))).Where(m => m.Text is not null)
            .OrderBy(m => m.Order).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Text, StringComparer.Ordinal).Select(m => m.Text!);
    }

    private static int Order(MemberInfo member) => member.MemberType switch
    {
        MemberTypes.Constructor => 0,
        MemberTypes.Field => 1,
        MemberTypes.Property => 2,
        MemberTypes.Event => 3,
        _ => 4,
    };

    private static string? Member(MemberInfo member, NullabilityInfoContext context) => member switch
    {
        ConstructorInfo constructor => $"ctor({Parameters(constructor, context)})",
        FieldInfo field => Field(field, context),
        PropertyInfo property => Property(property, context),
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        MethodInfo { IsSpecialName: true } method when !method.Name.StartsWith("op_", StringComparison.Ordinal) => null,
        MethodInfo method => Method(method, context),
        _ => null,
    };

    private static string Field(FieldInfo field, NullabilityInfoContext context)
    {
        var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
        return $"{modifiers}{Name(field.FieldType, context.Create(field))} {field.Name}{value}";
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext context)
    {
        var accessor = property.GetMethod ?? property.SetMethod!;
        var accessors = new List<string>();
        if (property.GetMethod is { } get && (get.IsPublic || get.IsFamily))
        {
            accessors.Add("get;");
        }

        if (property.SetMethod is { } set && (set.IsPublic || set.IsFamily))
        {
            accessors.Add(set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;");
        }

        var indexer = property.GetIndexParameters();
        var name = indexer.Length > 0 ? $"this[{string.Join(", ", indexer.Select(p => Parameter(p, context, isExtension: false)))}]" : property.Name;
        return $"{Modifiers(accessor)}{Name(property.PropertyType, context.Create(property))} {name} {{ {string.Join(' ', accessors)} }}";
    }

    private static string Method(MethodInfo method, NullabilityInfoContext context)
    {
        var generics = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
        return $"{Modifiers(method)}{Name(method.ReturnType, context.Create(method.ReturnParameter))} {method.Name}{generics}({Parameters(method, context)}){Constraints(method)}";
    }

    private static string Constraints(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return string.Empty;
        }

        var clauses = method.GetGenericArguments()
            .Select(a => (a.Name, Bounds: a.GetGenericParameterConstraints().Select(c => Name(c)).Order(StringComparer.Ordinal).ToList(), a.GenericParameterAttributes))
            .Select(a =>
            {
                if ((a.GenericParameterAttributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
                {
                    a.Bounds.Insert(0, "class");
                }

                if ((a.GenericParameterAttributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !a.Bounds.Contains(nameof(ValueType)))
                {
                    a.Bounds.Add("new()");
                }

                return a.Bounds.Count == 0 ? null : $" where {a.Name} : {string.Join(", ", a.Bounds)}";
            });
        return string.Concat(clauses.Where(c => c is not null));
    }

    private static string Modifiers(MethodBase method)
    {
        var access = method.IsFamily ? "protected " : string.Empty;
        var isOverride = method is MethodInfo info && info.GetBaseDefinition() != info;
        var kind = method.IsStatic ? "static "
            : method.DeclaringType!.IsInterface ? string.Empty
            : method.IsAbstract ? "abstract "
            : isOverride ? "override "
            : method.IsVirtual && !method.IsFinal ? "virtual "
            : string.Empty;
        return access + kind;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context)
    {
        var isExtension = method.IsDefined(typeof(ExtensionAttribute));
        return string.Join(", ", method.GetParameters().Select((p, i) => Parameter(p, context, isExtension && i == 0)));
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext context, bool isExtension)
    {
        var type = parameter.ParameterType;
        var prefix = isExtension ? "this " : parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        if (type.IsByRef)
        {
            prefix += parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }

        var name = type == parameter.ParameterType ? Name(type, context.Create(parameter)) : Name(type);
        var value = parameter.HasDefaultValue ? " = " + Literal(parameter.DefaultValue) : string.Empty;
        return $"{prefix}{name} {parameter.Name}{value}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        char c => $"'{c}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// <summary>A type as C# writes it; with <paramref name="nullability"/>, reference types read as nullable get <c>?</c>.</summary>
    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var mark = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + mark;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        var name = type.IsNested && !type.IsGenericParameter ? Name(type.DeclaringType!) + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return name + mark;
        }

        var arguments = type.GetGenericArguments();
        var rendered = arguments.Select((a, i) => Name(a, nullability?.GenericTypeArguments.Length == arguments.Length ? nullability.GenericTypeArguments[i] : null));
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", rendered)}>{mark}";
    }

    private static bool IsVisible(MemberInfo member, Type type)
    {
        var method = member switch
        {
            MethodBase m => m,
            PropertyInfo p => p.GetMethod ?? p.SetMethod,
            EventInfo e => e.AddMethod,
            FieldInfo f => null,
            _ => null,
        };
        if (member is FieldInfo field)
        {
            return field.IsPublic || (field.IsFamily && !type.IsSealed);
        }

        return method is not null && (method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !type.IsSealed));
    }

    // Compiler-generated members (record Equals, PrintMembers, EqualityContract, <Clone>$) are not API anyone writes.
    private static bool IsGenerated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute)) || member.Name.Contains('<', StringComparison.Ordinal)
        || (member is PropertyInfo p && (p.GetMethod ?? p.SetMethod)!.IsDefined(typeof(CompilerGeneratedAttribute)) && p.Name == "EqualityContract");
}
