using DigestGraph.Extract;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli;

/// <summary>The pipeline's stages as services.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddDigestGraphStages(this IServiceCollection services, IConfiguration configuration)
    {
        // The knowledge the extractors below are built with; the graph resolves names by its lexicon.
        services.AddSingleton(_ => ExtractionKnowledge.Default);
        // DigestGraph:Model names another model file than the one shipped in the build (e.g. one `digestgraph train` wrote).
        var modelPath = configuration["DigestGraph:Model"];
        services.AddSingleton<IExtractor>(_ => string.IsNullOrEmpty(modelPath) ? Extractors.Default() : ExtractionModel.Load(modelPath).Extractor());
        return services;
    }
}
