/* Sign-up's proof-of-work (issue 22; the server side is web/http/ProofOfWork.java). The form carries a salt, the
   SHA-256 of salt + a secret number, and the number's upper bound; this script finds the number by trying 0, 1,
   2... and puts it in the form. Nothing is loaded from elsewhere; the small SHA-256 below does the work, in
   batches. A submit before the work is done waits for it and then goes on by itself. Progress is told in a polite
   live region, at each quarter. */
(function () {
    'use strict';

    var K = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ];

    function hex(words) {
        var out = '';
        for (var i = 0; i < words.length; i++) {
            out += ('00000000' + (words[i] >>> 0).toString(16)).slice(-8);
        }
        return out;
    }

    /** SHA-256 of a byte array, as 64 hex digits (FIPS 180-4). */
    function sha256(bytes) {
        var length = bytes.length;
        var blocks = ((length + 9 + 63) >> 6) << 4;
        var w = new Array(blocks).fill(0);
        for (var i = 0; i < length; i++) {
            w[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
        }
        w[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
        w[blocks - 1] = length * 8;
        var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        var m = new Array(64);
        for (var b = 0; b < blocks; b += 16) {
            for (var t = 0; t < 64; t++) {
                if (t < 16) {
                    m[t] = w[b + t] | 0;
                } else {
                    var x = m[t - 15], y = m[t - 2];
                    var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
                    var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
                    m[t] = (m[t - 16] + s0 + m[t - 7] + s1) | 0;
                }
            }
            var a = h[0], c1 = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
            for (var r = 0; r < 64; r++) {
                var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
                var ch = (e & f) ^ (~e & g);
                var t1 = (k + S1 + ch + K[r] + m[r]) | 0;
                var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
                var maj = (a & c1) ^ (a & c) ^ (c1 & c);
                var t2 = (S0 + maj) | 0;
                k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = c1; c1 = a; a = (t1 + t2) | 0;
            }
            h[0] = (h[0] + a) | 0; h[1] = (h[1] + c1) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
            h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
        }
        return hex(h);
    }

    /* The search itself: SHA-256 of salt + number for number = from..to, written out for this one message shape so
       that a try allocates nothing (no string, no array, no promise). About 0.3 microseconds a try in a current
       browser, so the default bound of 1,000,000 takes about 0.2 s on average and 0.4 s at worst on a laptop,
       a few seconds on an old phone. crypto.subtle is not used: its one promise a hash makes it slower, not faster. */
    var W = new Int32Array(64);
    var MSG = new Uint8Array(128);
    var H = new Int32Array(8);
    var H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    function hashNumber(saltLength, number) {
        var digits = 1;
        for (var t = number; t >= 10; t = Math.floor(t / 10)) {
            digits++;
        }
        var length = saltLength + digits;
        var rest = number;
        for (var d = length - 1; d >= saltLength; d--) {
            MSG[d] = 48 + (rest % 10);
            rest = Math.floor(rest / 10);
        }
        var end = ((length + 9 + 63) >> 6) << 6;
        MSG[length] = 0x80;
        for (var z = length + 1; z < end; z++) {
            MSG[z] = 0;
        }
        var bits = length * 8;
        MSG[end - 1] = bits & 0xff;
        MSG[end - 2] = (bits >>> 8) & 0xff;
        for (var i = 0; i < 8; i++) {
            H[i] = H0[i];
        }
        for (var b = 0; b < end; b += 64) {
            for (var r = 0; r < 16; r++) {
                var o = b + r * 4;
                W[r] = (MSG[o] << 24) | (MSG[o + 1] << 16) | (MSG[o + 2] << 8) | MSG[o + 3];
            }
            for (r = 16; r < 64; r++) {
                var x = W[r - 15], y = W[r - 2];
                var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
                var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
                W[r] = (W[r - 16] + s0 + W[r - 7] + s1) | 0;
            }
            var a = H[0], c1 = H[1], c = H[2], e4 = H[3], e = H[4], f = H[5], g = H[6], k = H[7];
            for (r = 0; r < 64; r++) {
                var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
                var t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[r] + W[r]) | 0;
                var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
                var t2 = (S0 + ((a & c1) ^ (a & c) ^ (c1 & c))) | 0;
                k = g; g = f; f = e; e = (e4 + t1) | 0; e4 = c; c = c1; c1 = a; a = (t1 + t2) | 0;
            }
            H[0] = H[0] + a; H[1] = H[1] + c1; H[2] = H[2] + c; H[3] = H[3] + e4;
            H[4] = H[4] + e; H[5] = H[5] + f; H[6] = H[6] + g; H[7] = H[7] + k;
        }
    }

    /** The number in [from, to] whose hash is `target` (8 words), or -1. */
    function search(salt, target, from, to) {
        for (var i = 0; i < salt.length; i++) {
            MSG[i] = salt.charCodeAt(i) & 0xff;
        }
        for (var number = from; number <= to; number++) {
            hashNumber(salt.length, number);
            if (H[0] === target[0] && H[1] === target[1] && H[2] === target[2] && H[3] === target[3]
                    && H[4] === target[4] && H[5] === target[5] && H[6] === target[6] && H[7] === target[7]) {
                return number;
            }
        }
        return -1;
    }

    function targetWords(challenge) {
        var words = new Int32Array(8);
        for (var i = 0; i < 8; i++) {
            words[i] = parseInt(challenge.substr(i * 8, 8), 16) | 0;
        }
        return words;
    }

    /* Batches of a few thousand tries, as many as fit in about 8 ms, then a yield to the page: no task long enough to
       hold up typing or tapping, even on a phone four times slower than this laptop (a task over 50 ms counts as
       blocking; issue 26). */
    var SLICE_MS = typeof document === 'undefined' ? 100 : 8; // in a worker, longer slices: no page to wait
    var BATCH = 2000;
    var now = typeof performance !== 'undefined' ? function () { return performance.now(); } : Date.now;

    function solve(salt, challenge, max, progress) {
        var told = 0;
        var target = targetWords(challenge);
        if (salt.length > 100 || !/^[0-9a-f.]+$/.test(salt)) {
            return Promise.resolve(-1);
        }
        return new Promise(function (resolve) {
            function from(start) {
                if (start > max) {
                    resolve(-1);
                    return;
                }
                var quarter = Math.floor((start / (max + 1)) * 4);
                if (quarter > told) {
                    told = quarter;
                    progress(quarter * 25);
                }
                var began = now();
                var next = start;
                do {
                    var found = search(salt, target, next, Math.min(max, next + BATCH - 1));
                    if (found >= 0) {
                        resolve(found);
                        return;
                    }
                    next += BATCH;
                } while (next <= max && now() - began < SLICE_MS);
                // yield to the page between slices, so typing stays smooth
                setTimeout(function () { from(next); }, 0);
            }
            from(0);
        });
    }

    /* This file's own address, to run it again as a Web Worker: the search then takes no time from the page at all
       (nothing to hold up a phone's first taps; issue 26). Same origin, so the Content-Security-Policy's
       script-src 'self' allows it. Where a worker cannot be made, the search runs in the page in short slices. */
    var ownSource = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : null;

    function solveInWorker(salt, challenge, max, progress) {
        if (!ownSource || typeof Worker !== 'function') {
            return solve(salt, challenge, max, progress);
        }
        var worker;
        try {
            worker = new Worker(ownSource);
        } catch (refused) {
            return solve(salt, challenge, max, progress);
        }
        return new Promise(function (resolve) {
            var settled = false;
            worker.onmessage = function (event) {
                if (typeof event.data.progress === 'number') {
                    progress(event.data.progress);
                    return;
                }
                settled = true;
                worker.terminate();
                resolve(event.data.found);
            };
            worker.onerror = function (event) {
                event.preventDefault();
                worker.terminate();
                if (!settled) {
                    settled = true;
                    resolve(solve(salt, challenge, max, progress)); // e.g. a worker refused by the browser
                }
            };
            worker.postMessage({ salt: salt, challenge: challenge, max: max });
        });
    }

    function start() {
        var box = document.getElementById('signup-challenge');
        if (!box) {
            return;
        }
        var form = box.closest('form');
        var status = document.getElementById('signup-challenge-status');
        var solution = form.querySelector('input[name$=":solution"]');
        var solved = false;
        var waiting = null;
        function say(text) {
            status.textContent = text;
        }
        form.addEventListener('submit', function (event) {
            if (solved) {
                return;
            }
            event.preventDefault();
            waiting = event.submitter || form.querySelector('[type="submit"]');
            say(box.getAttribute('data-waiting'));
        });
        say(box.getAttribute('data-working'));
        solveInWorker(box.getAttribute('data-salt'), box.getAttribute('data-challenge'),
              Number(box.getAttribute('data-max')), function (percent) {
                  say(box.getAttribute('data-progress').replace('{0}', String(percent)));
              })
            .then(function (number) {
                if (number < 0) {
                    say(box.getAttribute('data-failed'));
                    return;
                }
                solution.value = String(number);
                solved = true;
                box.setAttribute('data-solved', 'true');
                say(box.getAttribute('data-done'));
                if (waiting) {
                    if (typeof form.requestSubmit === 'function') {
                        form.requestSubmit(waiting);
                    } else {
                        waiting.click();
                    }
                }
            }, function () {
                say(box.getAttribute('data-failed'));
            });
    }

    if (typeof module !== 'undefined') {
        module.exports = { sha256: sha256, solve: solve }; // for a check with node, never used in the page
    }
    if (typeof document === 'undefined' && typeof importScripts === 'function') {
        // Run as the page's worker: one search, its progress at each quarter, then the number (or -1).
        self.onmessage = function (event) {
            solve(event.data.salt, event.data.challenge, Number(event.data.max), function (percent) {
                self.postMessage({ progress: percent });
            }).then(function (number) {
                self.postMessage({ found: number });
            });
        };
    }
    if (typeof document !== 'undefined') {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
})();
