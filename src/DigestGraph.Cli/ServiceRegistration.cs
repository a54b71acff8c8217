using DigestGraph.Extract;
using DigestGraph.Extract.Learning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli;

/// <summary>The pipeline's stages as services.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddDigestGraphStages(this IServiceCollection services, IConfiguration configuration)
    {
        // DigestGraph:Model names another model file than the one shipped in the build (e.g. one `digestgraph train` wrote).
        var modelPath = configuration["DigestGraph:Model"];
        services.AddSingleton<IExtractor>(_ => string.IsNullOrEmpty(modelPath) ? Extractors.Default() : ExtractionModel.Load(modelPath).Extractor());
        return services;
    }
}
