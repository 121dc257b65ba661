/* Live countdowns: <time data-countdown="ISO instant" data-format="{0}d {1}h {2}m {3}s">. The server-rendered date
   stays for readers without scripts; screen readers are not interrupted every second (no aria-live). */
(function () {
    'use strict';
    function format(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (match, index) {
            var value = values[Number(index)];
            return index === '0' ? String(value) : String(value).padStart(2, '0');
        });
    }
    function tick(element) {
        var target = Date.parse(element.getAttribute('data-countdown'));
        var remaining = Math.max(0, Math.floor((target - Date.now()) / 1000));
        element.textContent = format(element.getAttribute('data-format'), [
            Math.floor(remaining / 86400),
            Math.floor((remaining % 86400) / 3600),
            Math.floor((remaining % 3600) / 60),
            remaining % 60
        ]);
    }
    function start() {
        var elements = document.querySelectorAll('time[data-countdown]');
        elements.forEach(function (element) {
            element.setAttribute('title', element.textContent);
            tick(element);
        });
        if (elements.length > 0) {
            setInterval(function () { elements.forEach(tick); }, 1000);
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/* Ballot summary: before a ballot is sent, show what will be cast in a modal <dialog> and send it only
   on confirmation (one POST). Incomplete ballots go straight to the server, which marks the missing
   ratings next to their fields. Without scripts the server shows the same summary as a step. */
(function () {
    'use strict';
    function start() {
        var form = document.querySelector('form[data-summary-dialog]');
        var dialog = form && document.getElementById(form.getAttribute('data-summary-dialog'));
        if (!form || !dialog || typeof dialog.showModal !== 'function') {
            return;
        }
        var confirmed = form.querySelector('input[type="hidden"][id$=":confirmed"]');
        var submitter = null;
        form.addEventListener('submit', function (event) {
            if (confirmed.value === 'true') {
                return;
            }
            var teams = form.querySelectorAll('fieldset.ballot-team');
            var list = dialog.querySelector('.summary-dialog__list');
            list.textContent = '';
            var complete = true;
            teams.forEach(function (team) {
                var answers = [];
                team.querySelectorAll('fieldset.rating-field').forEach(function (field) {
                    var checked = field.querySelector('input[type="radio"]:checked');
                    if (!checked) {
                        complete = false;
                        return;
                    }
                    answers.push(field.querySelector('legend').textContent.trim() + ' ' + checked.value);
                });
                var item = document.createElement('li');
                item.textContent = team.querySelector('legend').textContent.trim() + ': ' + answers.join(', ');
                list.appendChild(item);
            });
            if (!complete) {
                return; // the server explains what is missing, field by field
            }
            event.preventDefault();
            submitter = event.submitter;
            dialog.showModal();
            dialog.querySelector('[data-action="confirm"]').focus();
        });
        dialog.querySelector('[data-action="confirm"]').addEventListener('click', function () {
            confirmed.value = 'true';
            dialog.close();
            if (typeof form.requestSubmit === 'function') {
                form.requestSubmit(submitter);
            } else {
                submitter.click(); // older browsers (Safari before 16)
            }
        });
        dialog.querySelector('[data-action="cancel"]').addEventListener('click', function () {
            dialog.close();
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/* Buttons with data-confirm="question" send their form only when the question is confirmed; buttons with
   data-action="reload" reload the page (the Ajax error dialog). Listeners on the document, not onclick attributes:
   the Content-Security-Policy runs no inline handlers, and the dialog's content may be replaced by Ajax. */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        var asking = target && target.closest('[data-confirm]');
        if (asking && !window.confirm(asking.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
        if (target && target.closest('[data-action="reload"]')) {
            window.location.reload();
        }
    });
})();

/* Password show/hide switches (includes/password-toggle.xhtml): shown once this script runs, each flips its
   input between hidden and shown text and says so with aria-checked; hidden again when its form is sent. */
(function () {
    'use strict';
    function start() {
        document.querySelectorAll('[data-password-toggle]').forEach(function (toggle) {
            var input = document.getElementById(toggle.getAttribute('data-password-toggle'));
            if (!input) {
                return;
            }
            toggle.hidden = false;
            toggle.addEventListener('click', function () {
                var show = input.type === 'password';
                input.type = show ? 'text' : 'password';
                toggle.setAttribute('aria-checked', String(show));
            });
            if (input.form) {
                // Hidden again as the form is sent, so a browser never keeps a shown password as typed text.
                input.form.addEventListener('submit', function () {
                    input.type = 'password';
                    toggle.setAttribute('aria-checked', 'false');
                });
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
