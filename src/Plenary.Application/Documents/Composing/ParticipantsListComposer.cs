using Plenary.Application.Documents.Model;
using Plenary.Domain.Participation;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// The provisional list of participants of a convening, from the delegations registered for it (ADR 0018): grouped by
/// category as the United Nations lists them (Member States, then observer States, United Nations entities, institutes,
/// intergovernmental and non-governmental organizations, the private sector, academia), States in the United Nations
/// alphabetical order and organizations by name, each delegation's persons head first, printed "Ms. Thandi DLAMINI", with
/// their function and "(online)" for those who take part online. Issued under the body's list-of-participants symbol (INF).
/// </summary>
public static class ParticipantsListComposer
{
    public const string Title = "Provisional list of participants";

    public static OfficialDocument Compose(MeetingDossier dossier, IssueDetails issue)
    {
        var blocks = new List<Block>();
        var missing = new List<MissingFact>();
        var registered = dossier.Delegations.Where(d => d.Members.Count > 0).ToList();
        if (registered.Count == 0)
        {
            var fact = new MissingFact("The delegations registered for the convening", $"{dossier.MeetingPage}#participation");
            missing.Add(fact);
            blocks.Add(new Paragraph([new Placeholder("[...]", fact)]));
        }
        foreach (var category in Enum.GetValues<ParticipantCategory>())
        {
            var group = registered.Where(d => d.Category == category)
                .OrderBy(d => d.IsState ? StateRegister.FindByCode(d.Participant)?.Order ?? int.MaxValue : 0)
                .ThenBy(d => d.IsState ? "" : RegisterNames.Comparable(d.Participant), StringComparer.Ordinal).ToList();
            if (group.Count == 0) continue;
            blocks.Add(new Heading(1, null, ParticipantCategories.Heading(category)));
            foreach (var delegation in group)
            {
                blocks.Add(new Paragraph([new Text(delegation.IsState ? StateRegister.NameOf(delegation.Participant) : delegation.Participant, Bold: true)], null, ParagraphStyle.Label));
                foreach (var member in delegation.MembersInOrder)
                    blocks.Add(new Paragraph([new Text(Line(member))]));
            }
        }
        return new OfficialDocument(Mastheads.For(dossier, issue), Title, null, blocks, [], missing);
    }

    /// <summary>"Ms. Thandi DLAMINI, Senior State Law Adviser, Department of Justice (online)".</summary>
    public static string Line(DelegationMember member) =>
        member.Name.ListForm + (member.Function is { } f ? ", " + f : "") + (member.Mode == ParticipationMode.Online ? " (online)" : "");
}
