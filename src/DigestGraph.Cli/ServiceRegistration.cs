using DigestGraph.Extract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli;

/// <summary>The pipeline's stages as services.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddDigestGraphStages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IExtractor>(_ => Extractors.RuleOnly());
        return services;
    }
}
