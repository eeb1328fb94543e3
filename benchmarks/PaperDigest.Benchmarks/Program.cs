using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PaperDigest.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
