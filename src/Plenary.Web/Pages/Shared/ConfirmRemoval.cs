namespace Plenary.Web.Pages.Shared;

/// <summary>
/// The second step of every removal: the page shows this panel (reached by a GET link with the
/// thing to remove in the query), naming what goes and what follows from it; only its POST button
/// removes. Cancelling is a plain link back.
/// </summary>
/// <param name="Question">What is asked, e.g. "Remove mandate 3 (resolution 22/7)?"</param>
/// <param name="Consequence">What follows, e.g. "The mandate leaves the record; the audit trail keeps it."</param>
/// <param name="Handler">The page handler that removes, e.g. "RemoveMandate".</param>
/// <param name="Fields">The hidden fields the handler needs (the id, the version).</param>
/// <param name="CancelHref">Where "Keep it" goes.</param>
/// <param name="Button">The text of the removing button.</param>
public sealed record ConfirmRemoval(string Question, string Consequence, string Handler, IReadOnlyDictionary<string, string> Fields, string CancelHref, string Button = "Remove");
