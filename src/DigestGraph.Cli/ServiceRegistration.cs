using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Topics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli;

/// <summary>The pipeline's stages as services.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddDigestGraphStages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => ExtractionKnowledge.Default);
        services.AddSingleton<IExtractor>(provider => new RuleBasedExtractor(provider.GetRequiredService<ExtractionKnowledge>(), Taxonomy.Default));
        return services;
    }
}
