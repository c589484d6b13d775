using System.Globalization;
using LearningNetwork.Bench;
using LearningNetwork.TestKit;

// dotnet run -c Release --project bench/LearningNetwork.Bench -- run [--size smoke|tiny|full] [--seed 1] [--only abcdefhs]
//   generate [--size tiny|10k|100k] [--people N] [--seed 1]      (run does this too, once per size and seed)
//   digest --folder F --people N                                  (scenario d's own process; run starts it)
//   serve                                                          (the portal with the baseline endpoint; run starts it)
var command = args.FirstOrDefault() ?? "run";
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

var seed = int.Parse(Option("seed", "1"), CultureInfo.InvariantCulture);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

switch (command)
{
    case "run":
        var only = Option("only", BenchPlan.All);
        if (only.Length == 0 || only.Any(c => !BenchPlan.All.Contains(c, StringComparison.Ordinal)))
        {
            await Console.Error.WriteLineAsync($"--only takes scenario letters from {BenchPlan.All}, such as --only be.");
            return 2;
        }

        var plan = BenchPlan.Parse(Option("size", "full"), seed) with { Scenarios = only };
        var figures = await new Harness(plan).RunAsync(stop.Token);
        var report = Harness.Report(plan, figures);
        Console.WriteLine();
        Console.WriteLine(report);
        var results = Path.Combine(Repository.Root, "bench", "results");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, only == BenchPlan.All ? $"latest-{plan.Name}.md" : $"latest-{plan.Name}-{only}.md"), report, stop.Token);
        return 0;
    case "generate":
        var size = NetworkSize.Parse(Option("size", "10k"), Option("people", string.Empty) is { Length: > 0 } people ? int.Parse(people, CultureInfo.InvariantCulture) : null);
        await PortalServices.GenerateAsync(Paths.Network(size, seed), size, seed, stop.Token);
        return 0;
    case "serve":
        return await BenchServe.RunAsync(args[1..]);
    case "digest":
        var result = await DigestRun.RunAsync(Option("folder", string.Empty), int.Parse(Option("people", "1000"), CultureInfo.InvariantCulture), stop.Token);
        Console.WriteLine("DIGEST " + result);
        return 0;
    default:
        await Console.Error.WriteLineAsync("Commands: run [--size smoke|tiny|full] [--only abcdefhs], generate [--size tiny|10k|100k] [--people N], digest --folder F --people N, serve; all take --seed N.");
        return 2;
}
