using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Every route against every role, with the outcome each must get. A route that is not in the
/// matrix fails the test, so a new route cannot ship without deciding who may use it.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    private const string A = "allowed", S = "sign-in", D = "denied";

    // Roles: anonymous, admin, secretariat, chair (Officer), bureau, delegate, stakeholder.
    private static readonly string?[] Accounts = [null, "admin", "secretariat", "chair", "bureau", "delegate", "stakeholder"];

    public static readonly Dictionary<string, (string Path, string[] Expected)> Matrix = new()
    {
        ["/"] = ("/", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}"] = ("/bodies/eg-cybercrime", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}"] = ("/bodies/eg-cybercrime/meetings/7", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/documents/{kind}"] = ("/bodies/eg-cybercrime/meetings/7/documents/agenda", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/agenda"] = ("/bodies/eg-cybercrime/meetings/7/agenda", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/edit"] = ("/bodies/eg-cybercrime/meetings/7/edit", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/delegations"] = ("/bodies/eg-cybercrime/meetings/7/delegations", [S, A, A, D, D, D, D]),
        // The demo delegate acts for ZAF; the stakeholder for the Council of Europe only.
        ["/bodies/{slug}/meetings/{number:int}/delegations/{kind}/{participant}"] = ("/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF", [S, A, A, D, D, A, D]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/delegations/{kind}/{participant}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF", ["Unauthorized", A, A, D, D, A, D]),
        ["/bodies/{slug}/meetings/{number:int}/plenary-meetings"] = ("/bodies/eg-cybercrime/meetings/7/plenary-meetings", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/lifecycle"] = ("/bodies/eg-cybercrime/meetings/7/lifecycle", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/edit"] = ("/bodies/eg-cybercrime/edit", [S, A, A, D, D, D, D]),
        // Creating a body is the Administrator's; a body's officers and convenings are its Secretariat's.
        ["/bodies/new"] = ("/bodies/new", [S, A, D, D, D, D, D]),
        ["/bodies/{slug}/officers"] = ("/bodies/eg-cybercrime/officers", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/new"] = ("/bodies/eg-cybercrime/meetings/new", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/mandates"] = ("/bodies/eg-cybercrime/mandates", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/workplans"] = ("/bodies/eg-cybercrime/workplans", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/documents"] = ("/bodies/eg-cybercrime/documents", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/documents/{document}"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/documents/new"] = ("/bodies/eg-cybercrime/documents/new", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/documents/{document}/edit"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/edit", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/documents/{document}/files"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/files", [S, A, A, D, D, D, D]),
        // Downloads are public; the demo record has no uploaded file, so every role finds none (DocumentRegisterTests download one).
        ["/bodies/{slug}/documents/{document}/files/{lang}"] = ("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/files/en", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // The registers of States and organizations: public to read; the Secretariat (of any body) and the Administrator keep the organizations.
        ["/states"] = ("/states", [A, A, A, A, A, A, A]),
        ["/organizations"] = ("/organizations", [A, A, A, A, A, A, A]),
        ["/organizations/new"] = ("/organizations/new", [S, A, A, D, D, D, D]),
        ["/organizations/{id:guid}"] = ("/organizations/cb184724-207e-596d-a4e7-4ea94887d7aa", [A, A, A, A, A, A, A]),
        ["/organizations/{id:guid}/edit"] = ("/organizations/cb184724-207e-596d-a4e7-4ea94887d7aa/edit", [S, A, A, D, D, D, D]),
        ["/api/v1/states"] = ("/api/v1/states", [A, A, A, A, A, A, A]),
        ["/api/v1/states/{code}"] = ("/api/v1/states/ZAF", [A, A, A, A, A, A, A]),
        ["/api/v1/organizations"] = ("/api/v1/organizations", [A, A, A, A, A, A, A]), // and POST, with a token (ApiWriteAuthorizationTests)
        ["/api/v1/organizations/{id}"] = ("/api/v1/organizations/cb184724-207e-596d-a4e7-4ea94887d7aa", [A, A, A, A, A, A, A]), // and PUT
        ["/account"] = ("/account", [S, A, A, A, A, A, A]),
        ["/account/invitations"] = ("/account/invitations", [S, A, A, D, D, D, D]),
        // Anyone may open an invitation link; a link that leads to no pending invitation answers 404 with the same page to all (InvitationTests).
        ["/invitations/{token}"] = ("/invitations/not-a-real-token", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Open only while no account holds the Administrator role (FirstStartTests); the demo has one, so it answers 404 to all.
        ["/setup"] = ("/setup", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/account/sign-in"] = ("/account/sign-in", [A, A, A, A, A, A, A]),
        ["/account/sign-out"] = ("/account/sign-out", [A, A, A, A, A, A, A]),
        ["/account/denied"] = ("/account/denied", [D, D, D, D, D, D, D]),
        // Passkey options: POST only, with the page's antiforgery token (PasskeyTests checks who may post); a GET finds no
        // route, and the default-deny fallback sends an anonymous one to sign in first.
        ["/account/passkeys/creation-options"] = ("/account/passkeys/creation-options", [S, "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed"]),
        ["/account/passkeys/request-options"] = ("/account/passkeys/request-options", [S, "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed", "MethodNotAllowed"]),
        ["/admin/accounts"] = ("/admin/accounts", [S, A, D, D, D, D, D]),
        ["/admin/audit"] = ("/admin/audit", [S, A, D, D, D, D, D]),
        ["/admin/audit.csv"] = ("/admin/audit.csv", [S, A, D, D, D, D, D]),
        ["/error"] = ("/error", [A, A, A, A, A, A, A]),
        ["/health"] = ("/health", [A, A, A, A, A, A, A]),
        ["/css/document.css"] = ("/css/document.css", [A, A, A, A, A, A, A]),
        ["/openapi/{documentName}.json"] = ("/openapi/v1.json", [A, A, A, A, A, A, A]),
        ["/reference/api"] = ("/reference/api", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies"] = ("/api/v1/bodies", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}"] = ("/api/v1/bodies/eg-cybercrime", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings"] = ("/api/v1/bodies/eg-cybercrime/meetings", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number}/documents/{kind}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/documents/agenda?format=txt", [A, A, A, A, A, A, A]),
        ["/api/v1/documents"] = ("/api/v1/documents", [A, A, A, A, A, A, A]),
        // Reads of the register (public); the same routes take the writes (POST, PUT, DELETE) with a token.
        ["/api/v1/bodies/{slug}/documents"] = ("/api/v1/bodies/eg-cybercrime/documents", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/documents/{id}"] = ("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/documents/{id}/issues"] = ("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/issues", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/documents/{id}/files/{lang}"] = ("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_CRP.1/files/en", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // A write: POST only, with a personal access token (TokenTests checks it role by role); a GET there finds no route (404 problem).
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7", [A, A, A, A, A, A, A]), // PUT (meeting details); a GET there is the public read
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // PUT, DELETE
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item:int}/move"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/move", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/assignment"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/assignment", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // POST, DELETE
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/documentation"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/documentation", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/documentation/{position:int}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/documentation/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // DELETE
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/documentation/{position:int}/move"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/documentation/1/move", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/plenary-meetings"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/plenary-meetings", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/events"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/events", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // POST
        ["/api/v1/bodies/{slug}/meetings/{number:int}/plenary-meetings/{plenary:int}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/plenary-meetings/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // PUT, DELETE
        // The body's writes (PUT /api/v1/bodies/{slug} shares the GET row above): token only, no GET of their own.
        ["/api/v1/bodies/{slug}/mandates"] = ("/api/v1/bodies/eg-cybercrime/mandates", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/mandates/{position:int}"] = ("/api/v1/bodies/eg-cybercrime/mandates/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/workplans"] = ("/api/v1/bodies/eg-cybercrime/workplans", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/workplans/{workplan:guid}"] = ("/api/v1/bodies/eg-cybercrime/workplans/0193a1b2-0000-7000-8000-000000000001", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/workplans/{workplan:guid}/planned-meetings"] = ("/api/v1/bodies/eg-cybercrime/workplans/0193a1b2-0000-7000-8000-000000000001/planned-meetings", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/workplans/{workplan:guid}/planned-meetings/{position:int}"] = ("/api/v1/bodies/eg-cybercrime/workplans/0193a1b2-0000-7000-8000-000000000001/planned-meetings/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Silence procedures: public to read (the demo record holds procedures 1 to 6, and the demo circulates 7; who answered what only for the circle,
        // the Secretariat, officers and extended Bureau); the Secretariat or an officer drafts; the Secretariat sets the rules.
        ["/bodies/{slug}/silence-procedures"] = ("/bodies/eg-cybercrime/silence-procedures", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/silence-procedures/{number:int}"] = ("/bodies/eg-cybercrime/silence-procedures/7", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/silence-procedures/new"] = ("/bodies/eg-cybercrime/silence-procedures/new", [S, A, A, A, D, D, D]),
        ["/bodies/{slug}/silence-procedures/{number:int}/edit"] = ("/bodies/eg-cybercrime/silence-procedures/999/edit", [S, "NotFound", "NotFound", "NotFound", D, D, D]),
        ["/bodies/{slug}/silence-procedures/rules"] = ("/bodies/eg-cybercrime/silence-procedures/rules", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/silence-procedures/{number:int}/stream"] = ("/bodies/eg-cybercrime/silence-procedures/999/stream", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/inbox"] = ("/inbox", [S, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/silence-procedures"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures", [A, A, A, A, A, A, A]), // and POST (draft), with a token
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/7", [A, A, A, A, A, A, A]), // and PUT (a draft)
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/revisions"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/revisions", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/bodies/{slug}/silence-procedures/{number:int}/notice"] = ("/bodies/eg-cybercrime/silence-procedures/1/notice", [A, A, A, A, A, A, A]), // a concluded procedure's notice is public
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/notice"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/notice", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/circulate"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/circulate", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/break"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/break", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/no-objection"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/no-objection", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/extend"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/extend", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/silence-procedures/{number:int}/withdraw"] = ("/api/v1/bodies/eg-cybercrime/silence-procedures/1/withdraw", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Officers, extended Bureau and convenings: writes with a token (ApiWriteAuthorizationTests); no GET of their own.
        // (POST /api/v1/bodies, the Administrator's, and POST /api/v1/bodies/{slug}/meetings share the public reads' rows.)
        ["/api/v1/bodies/{slug}/officers"] = ("/api/v1/bodies/eg-cybercrime/officers", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/officers/{position:int}"] = ("/api/v1/bodies/eg-cybercrime/officers/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // PUT, DELETE
        ["/api/v1/bodies/{slug}/officers/{position:int}/successor"] = ("/api/v1/bodies/eg-cybercrime/officers/1/successor", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/extended-bureau"] = ("/api/v1/bodies/eg-cybercrime/extended-bureau", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/extended-bureau/{position:int}"] = ("/api/v1/bodies/eg-cybercrime/extended-bureau/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // PUT, DELETE
        ["/api/v1/bodies/{slug}/meetings/{number:int}/convening"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/convening", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/status"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/status", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/presiding"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/presiding", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/non-working-days"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/non-working-days", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/non-working-days/{date}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/non-working-days/2021-04-07", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // DELETE
        ["/api/v1/bodies/{slug}/meetings/{number:int}/documents/{kind}/issue"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/documents/agenda/issue", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Conclusions and recommendations (issue 9): lists and texts are public; the queue is the Rapporteur's (an officer of the body, "chair" here) and the Secretariat's.
        ["/bodies/{slug}/recommendations"] = ("/bodies/eg-cybercrime/recommendations", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/recommendations"] = ("/bodies/eg-cybercrime/meetings/6/recommendations", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/recommendations/queue"] = ("/bodies/eg-cybercrime/meetings/6/recommendations/queue", [S, A, A, A, D, D, D]),
        ["/bodies/{slug}/recommendations/{year:int}/{code}/{n:int}"] = ("/bodies/eg-cybercrime/recommendations/2020/IC/1", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/recommendations"] = ("/api/v1/bodies/eg-cybercrime/meetings/6/recommendations", [A, A, A, A, A, A, A]), // and POST (RecordPreliminaryText)
        ["/api/v1/bodies/{slug}/recommendations/{year:int}/{code}/{n:int}"] = ("/api/v1/bodies/eg-cybercrime/recommendations/2020/IC/1", [A, A, A, A, A, A, A]), // and PUT
        ["/api/v1/bodies/{slug}/recommendations/{year:int}/{code}/{n:int}/merge"] = ("/api/v1/bodies/eg-cybercrime/recommendations/2020/IC/1/merge", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/recommendations/{year:int}/{code}/{n:int}/removal"] = ("/api/v1/bodies/eg-cybercrime/recommendations/2020/IC/1/removal", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // All of them for the Rapporteur and the Secretariat, a delegate's own State's for a delegate; and POST (a delegate's suggestion).
        ["/api/v1/bodies/{slug}/meetings/{number:int}/suggestions"] = ("/api/v1/bodies/eg-cybercrime/meetings/6/suggestions", ["Unauthorized", A, A, A, D, A, D]),
        ["/api/v1/bodies/{slug}/suggestions/{id:guid}/acceptance"] = ("/api/v1/bodies/eg-cybercrime/suggestions/0193a1b2-0000-7000-8000-000000000009/acceptance", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/suggestions/{id:guid}/merge"] = ("/api/v1/bodies/eg-cybercrime/suggestions/0193a1b2-0000-7000-8000-000000000009/merge", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/suggestions/{id:guid}/declination"] = ("/api/v1/bodies/eg-cybercrime/suggestions/0193a1b2-0000-7000-8000-000000000009/declination", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // The consolidation is public to read (the demo holds one in progress, with text 1); its forms are the Rapporteur's (an officer of the body) and the Secretariat's.
        ["/bodies/{slug}/meetings/{number:int}/consolidation"] = ("/bodies/eg-cybercrime/meetings/7/consolidation", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/consolidation/{text:int}"] = ("/bodies/eg-cybercrime/meetings/7/consolidation/1", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/consolidation/provenance"] = ("/bodies/eg-cybercrime/meetings/7/consolidation/provenance", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/consolidation/status"] = ("/bodies/eg-cybercrime/meetings/7/consolidation/status", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/consolidation/live"] = ("/bodies/eg-cybercrime/meetings/7/consolidation/live", [A, A, A, A, A, A, A]),
        // A stream never ends, so the matrix asks for one that does not exist: 404 to all.
        ["/bodies/{slug}/meetings/{number:int}/consolidation/live/stream"] = ("/bodies/eg-cybercrime/meetings/6/consolidation/live/stream", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Comment rounds (issue 9, item 3): rounds and posted comments are public; the review is the Secretariat's; the demo's round 1 is closed and its
        // comments carry no file. A round's comments with their review: the Secretariat's all, a delegate's or stakeholder's own (and the posted ones).
        ["/bodies/{slug}/comment-rounds"] = ("/bodies/eg-cybercrime/comment-rounds", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/comment-rounds/{round:int}"] = ("/bodies/eg-cybercrime/comment-rounds/1", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/comment-rounds/{round:int}/review"] = ("/bodies/eg-cybercrime/comment-rounds/1/review", [S, A, A, D, D, D, D]),
        ["/api/v1/bodies/{slug}/comment-rounds"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/document"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/document?format=txt", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/comments"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/comments", ["Unauthorized", A, A, D, D, A, A]), // and POST (SubmitComment)
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/comments/{n:int}/attachment"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/comments/1/attachment", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/comment-rounds"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/comment-rounds", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/extension"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/extension", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/withdrawal"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/withdrawal", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/comments/{n:int}/posting"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/comments/1/posting", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/comment-rounds/{round:int}/comments/{n:int}/declination"] = ("/api/v1/bodies/eg-cybercrime/comment-rounds/1/comments/1/declination", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Participation (issue 11). Pages: the Secretariat's registrations, attendance and statements; the list of speakers and the room
        // display for everyone; the Chair's screen for an officer (the demo chair) and the Secretariat. A stream of a meeting that does not
        // exist answers 404 to all (a real stream never ends, so the matrix asks for none).
        ["/bodies/{slug}/meetings/{number:int}/delegations/import"] = ("/bodies/eg-cybercrime/meetings/7/delegations/import", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/plenary-meetings/{plenary:int}/attendance"] = ("/bodies/eg-cybercrime/meetings/7/plenary-meetings/1/attendance", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/statements"] = ("/bodies/eg-cybercrime/meetings/7/statements", [S, A, A, D, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/statements/{id:guid}/text"] = ("/bodies/eg-cybercrime/meetings/7/statements/0193a1b2-0000-7000-8000-000000000009/text", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/bodies/{slug}/meetings/{number:int}/speakers"] = ("/bodies/eg-cybercrime/meetings/7/speakers", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/speakers/chair"] = ("/bodies/eg-cybercrime/meetings/7/speakers/chair", [S, A, A, A, D, D, D]),
        ["/bodies/{slug}/meetings/{number:int}/live"] = ("/bodies/eg-cybercrime/meetings/7/live", [A, A, A, A, A, A, A]),
        ["/bodies/{slug}/meetings/{number:int}/live/stream"] = ("/bodies/eg-cybercrime/meetings/99/live/stream", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        // Participation's API: delegations are not public (the list is the Secretariat's, a letter its delegation's); attendance, the list of
        // speakers and statements are. The write-only routes answer a GET with the API's 404.
        ["/api/v1/bodies/{slug}/meetings/{number:int}/delegations"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/delegations", ["Unauthorized", A, A, D, D, D, D]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/delegations/{kind}/{participant}/letter"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF/letter", ["Unauthorized", "NotFound", "NotFound", D, D, "NotFound", D]), // and PUT
        ["/api/v1/bodies/{slug}/meetings/{number:int}/delegations/{kind}/{participant}/approval"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF/approval", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/plenary-meetings/{plenary:int}/attendance"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/plenary-meetings/1/attendance", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/plenary-meetings/{plenary:int}/attendance/{kind}/{participant}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/plenary-meetings/1/attendance/states/ZAF", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/registrations/import"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/registrations/import", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers", [A, A, A, A, A, A, A]), // and POST
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/{speaker:guid}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/0193a1b2-0000-7000-8000-000000000009", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/{speaker:guid}/move"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/0193a1b2-0000-7000-8000-000000000009/move", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/{speaker:guid}/floor"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/0193a1b2-0000-7000-8000-000000000009/floor", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/next"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/next", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/finish"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/finish", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/clock"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/clock", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/current"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/current", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/speakers/time-limit"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/speakers/time-limit", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/statements"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/statements", [A, A, A, A, A, A, A]), // and POST
        ["/api/v1/bodies/{slug}/meetings/{number:int}/statements/{id:guid}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/statements/0193a1b2-0000-7000-8000-000000000009", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/statements/{id:guid}/text"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/statements/0193a1b2-0000-7000-8000-000000000009/text", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]), // and PUT, DELETE
        ["/api/v1/bodies/{slug}/meetings/{number:int}/statements/{id:guid}/publication"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/statements/0193a1b2-0000-7000-8000-000000000009/publication", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/panellists"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/panellists", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/panellists/{position:int}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/panellists/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/panellists/{position:int}/move"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items/2/panellists/1/move", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/proposals"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/proposals", [A, A, A, A, A, A, A]),
        // Writes only (POST, PUT): a GET finds no route.
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/texts"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/texts", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/texts/{text:int}"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/texts/1", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/texts/{text:int}/state"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/texts/1/state", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/texts/{text:int}/source-removal"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/texts/1/source-removal", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/dispositions"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/dispositions", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/dispositions/withdrawal"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/dispositions/withdrawal", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/ignored-proposals"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/ignored-proposals", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/snapshots/{snapshot:int}/document"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/snapshots/1/document?format=txt", [A, A, A, A, A, A, A]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/snapshots"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/snapshots", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/bodies/{slug}/meetings/{number:int}/consolidation/finalisation"] = ("/api/v1/bodies/eg-cybercrime/meetings/7/consolidation/finalisation", ["NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound", "NotFound"]),
        ["/api/v1/{*path:nonfile}"] = ("/api/v1/nothing-here", [A, A, A, A, A, A, A]), // answers 404 problem details to all
    };

    [Fact]
    public void EveryRoute_IsInTheMatrix()
    {
        var routes = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r != "/Index" && !r.StartsWith("/Error", StringComparison.Ordinal) || r == "/error")
            .Distinct().ToList();
        var missing = routes.Where(r => !Matrix.ContainsKey(r) && r != "/").ToList();
        Assert.True(missing.Count == 0, "Routes with no row in the authorization matrix: " + string.Join(", ", missing));
    }

    public static TheoryData<string, int> Cells()
    {
        var data = new TheoryData<string, int>();
        foreach (var route in Matrix.Keys)
            for (var role = 0; role < Accounts.Length; role++) data.Add(route, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachRoleGetsTheExpectedOutcome(string route, int role)
    {
        var (path, expected) = Matrix[route];
        var client = site.Client();
        if (Accounts[role] is { } account) await client.SignInAsync($"{account}@plenary.demo");

        var response = await client.GetAsync(path);
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/account/sign-in") => S,
            HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/account/denied") => D,
            HttpStatusCode.Forbidden => D,
            HttpStatusCode.OK or HttpStatusCode.NotFound when route == "/api/v1/{*path:nonfile}" => A,
            HttpStatusCode.OK => A,
            var other => other.ToString(),
        };
        Assert.True(expected[role] == outcome, $"{path} as {Accounts[role] ?? "anonymous"}: expected {expected[role]}, got {outcome} ({(int)response.StatusCode}).");
    }
}
