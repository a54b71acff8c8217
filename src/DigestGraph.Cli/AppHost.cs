using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DigestGraph.Cli;

/// <summary>
/// Builds the host a command runs in: configuration from appsettings.json, then DIGESTGRAPH__... environment
/// variables, then the command's own flags (passed as overrides, highest precedence); logging; the stages as services.
/// </summary>
public static class AppHost
{
    public static IHost Create(IReadOnlyDictionary<string, string?> flagOverrides, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(flagOverrides.Where(kv => kv.Value is not null));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Logs go to stderr so that stdout stays machine-readable (extract prints JSON Lines).
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddDigestGraphStages(builder.Configuration);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
