using Plenary.Application.Audit;

namespace Plenary.Web.Pages.Shared;

/// <summary>What the History panel (_Changes.cshtml) shows: the changes in words, and the words for its caption and its empty state.</summary>
public sealed record ChangesPanel(IReadOnlyList<ChangeDescription> Changes, string Caption, string Empty, bool ShowAuditLogLink);
