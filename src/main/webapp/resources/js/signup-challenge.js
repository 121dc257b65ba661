/* Sign-up's proof-of-work (issue 22; the server side is web/http/ProofOfWork.java). The form carries a salt, the
   SHA-256 of salt + a secret number, and the number's upper bound; this script finds the number by trying 0, 1, 2...
   and puts it in the form. Nothing is loaded from elsewhere. crypto.subtle (secure contexts: https, localhost) hashes
   in batches; elsewhere (plain http on another host) the small SHA-256 below does it. A submit before the work is
   done waits for it and then goes on by itself. Progress is told in a polite live region, at each quarter. */
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

    var encoder = new TextEncoder();
    var subtle = window.crypto && window.crypto.subtle && window.isSecureContext ? window.crypto.subtle : null;

    function bufferHex(buffer) {
        var bytes = new Uint8Array(buffer), out = '';
        for (var i = 0; i < bytes.length; i++) {
            out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
        }
        return out;
    }

    /** Tries numbers from `from` in one batch; resolves to the number found, or -1 when none in the batch. */
    function batch(salt, challenge, from, to) {
        if (subtle) {
            var tries = [];
            for (var n = from; n <= to; n++) {
                tries.push(subtle.digest('SHA-256', encoder.encode(salt + n)));
            }
            return Promise.all(tries).then(function (digests) {
                for (var i = 0; i < digests.length; i++) {
                    if (bufferHex(digests[i]) === challenge) {
                        return from + i;
                    }
                }
                return -1;
            });
        }
        for (var number = from; number <= to; number++) {
            if (sha256(encoder.encode(salt + number)) === challenge) {
                return Promise.resolve(number);
            }
        }
        return Promise.resolve(-1);
    }

    function solve(salt, challenge, max, progress) {
        var size = subtle ? 256 : 2000;
        var told = 0;
        function from(start) {
            if (start > max) {
                return Promise.resolve(-1);
            }
            var quarter = Math.floor((start / (max + 1)) * 4);
            if (quarter > told) {
                told = quarter;
                progress(quarter * 25);
            }
            return batch(salt, challenge, start, Math.min(max, start + size - 1)).then(function (found) {
                if (found >= 0) {
                    return found;
                }
                // yield to the page between batches, so typing stays smooth
                return new Promise(function (resolve) {
                    setTimeout(function () { resolve(from(start + size)); }, 0);
                });
            });
        }
        return from(0);
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
        solve(box.getAttribute('data-salt'), box.getAttribute('data-challenge'),
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
        module.exports = { sha256: sha256 }; // for a check with node, never used in the page
    }
    if (typeof document !== 'undefined') {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', start);
        } else {
            start();
        }
    }
})();
