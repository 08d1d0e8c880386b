using Plenary.Application.Recommendations;

namespace Plenary.Web.Recommendations;

/// <summary>The services of conclusions and recommendations (issue 9): lists, queue, compilation, comments, consolidation.</summary>
public static class RecommendationsSetup
{
    public static IServiceCollection AddPlenaryRecommendations(this IServiceCollection services, IConfiguration? configuration = null)
    {
        // A comment's attachment: 10 MB unless Plenary:Comments:MaxAttachmentBytes says otherwise.
        services.AddSingleton(new CommentLimits(configuration?.GetValue("Plenary:Comments:MaxAttachmentBytes", Plenary.Domain.Recommendations.CommentRound.DefaultMaxAttachmentBytes)
            ?? Plenary.Domain.Recommendations.CommentRound.DefaultMaxAttachmentBytes));
        services.AddScoped<CommentRounds>();
        services.AddScoped<CommentRoundQueries>();
        services.AddScoped<PreliminaryQueries>();
        services.AddScoped<PreliminaryTexts>();
        services.AddScoped<Suggestions>();
        services.AddScoped<RecommendationOverview>();
        services.AddScoped<Consolidations>();
        services.AddScoped<ConsolidationQueries>();
        return services.AddConsolidationLive();
    }
}
