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
