// Passkeys: the browser's half of the WebAuthn ceremony. The server gives the options as JSON
// (POST with the page's antiforgery token), the authenticator answers, and the answer goes back in
// the form's hidden credentialJson field with an ordinary form post. Without this script, or in a
// browser without passkeys, the forms stay hidden and the page says what is needed.
"use strict";

(function () {
    const supported = typeof window.PublicKeyCredential === "function"
        && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
        && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

    function token() {
        const input = document.querySelector("input[name=__RequestVerificationToken]");
        return input ? input.value : "";
    }

    async function options(url) {
        const response = await fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: { "RequestVerificationToken": token(), "Accept": "application/json" },
        });
        if (!response.ok) throw new Error("The server did not give the passkey options (" + response.status + "); reload the page and try again.");
        return response.json();
    }

    function showError(form, message) {
        const error = form.querySelector("[data-passkey-error]");
        error.textContent = message;
        error.hidden = false;
    }

    function describe(error) {
        // The user closed the browser's dialog or it timed out: say so plainly.
        if (error && error.name === "NotAllowedError") return "The passkey request was cancelled or timed out. Try again.";
        if (error && error.name === "InvalidStateError") return "This device already holds a passkey for your account.";
        return (error && error.message) || "The passkey could not be used. Try again.";
    }

    function enhance(form, ceremony) {
        form.hidden = false;
        let answered = false;
        form.addEventListener("submit", async (event) => {
            if (answered) return; // the answer is in the form: let the post go
            event.preventDefault();
            const button = form.querySelector("button[type=submit]");
            button.disabled = true;
            try {
                const json = await options(form.dataset.options);
                const credential = await ceremony(json);
                form.querySelector("input[name=credentialJson]").value = JSON.stringify(credential.toJSON());
                answered = true;
                form.submit();
            } catch (error) {
                showError(form, describe(error));
                button.disabled = false;
            }
        });
    }

    document.addEventListener("DOMContentLoaded", () => {
        if (!supported) return;
        document.querySelectorAll("[data-passkeys-needs-script]").forEach((note) => { note.hidden = true; });
        document.querySelectorAll("form[data-passkey-add]").forEach((form) => enhance(form, (json) =>
            navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) })));
        document.querySelectorAll("form[data-passkey-sign-in]").forEach((form) => enhance(form, (json) =>
            navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) })));
    });
})();
