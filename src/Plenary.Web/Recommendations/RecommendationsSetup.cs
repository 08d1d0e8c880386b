using Plenary.Application.Recommendations;

namespace Plenary.Web.Recommendations;

/// <summary>The services of conclusions and recommendations (issue 9): lists, queue, compilation, comments, consolidation.</summary>
public static class RecommendationsSetup
{
    public static IServiceCollection AddPlenaryRecommendations(this IServiceCollection services)
    {
        services.AddScoped<PreliminaryQueries>();
        services.AddScoped<PreliminaryTexts>();
        services.AddScoped<Suggestions>();
        services.AddScoped<RecommendationOverview>();
        services.AddScoped<Consolidations>();
        services.AddScoped<ConsolidationQueries>();
        return services;
    }
}
