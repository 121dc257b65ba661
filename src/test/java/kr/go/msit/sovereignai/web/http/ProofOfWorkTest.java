package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import kr.go.msit.sovereignai.web.http.ProofOfWork.Challenge;
import kr.go.msit.sovereignai.web.http.ProofOfWork.Verdict;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final byte[] KEY = "a test key of 32 bytes, not more".getBytes(StandardCharsets.UTF_8);
    private static final Instant START = Instant.parse("2026-12-06T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final ConcurrentMap<String, Long> spent = new ConcurrentHashMap<>();
    private final ProofOfWork work = new ProofOfWork(KEY, clock, Duration.ofMinutes(10), spent);

    private static String solution(Challenge challenge) {
        return Integer.toString(ProofOfWork.solve(challenge.salt(), challenge.challenge(), challenge.maxNumber()));
    }

    @Test
    void theChallengeIsSha256OfSaltAndASecretNumberSignedWithTheKey() {
        Challenge challenge = work.issue(50);
        assertTrue(challenge.salt().matches("[0-9a-f]{24}\\.\\d+\\.50"), challenge.salt());
        assertEquals(
                START.plus(Duration.ofMinutes(10)).getEpochSecond(),
                Long.parseLong(challenge.salt().split("\\.")[1]));
        int number = ProofOfWork.solve(challenge.salt(), challenge.challenge(), 50);
        assertTrue(number >= 0 && number <= 50);
        assertEquals(ProofOfWork.sha256(challenge.salt() + number), challenge.challenge());
        assertEquals(64, challenge.signature().length());
        assertEquals(challenge.salt() + ":" + challenge.challenge() + ":" + challenge.signature(), challenge.token());
    }

    @Test
    void exactSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ProofOfWork.sha256("abc"));
    }

    @Test
    void aSolvedChallengeIsAcceptedOnceThenRefusedAsReused() {
        Challenge challenge = work.issue(1000);
        String solution = solution(challenge);
        assertEquals(Verdict.ACCEPTED, work.verify(challenge.token(), solution));
        assertEquals(Verdict.REUSED, work.verify(challenge.token(), solution));
        Challenge another = work.issue(1000);
        assertEquals(Verdict.ACCEPTED, work.verify(another.token(), solution(another)), "each challenge once");
    }

    @Test
    void aWrongOrOutOfBoundsNumberIsRefusedAndSpendsNothing() {
        Challenge challenge = work.issue(10);
        int right = Integer.parseInt(solution(challenge));
        assertEquals(Verdict.WRONG, work.verify(challenge.token(), Integer.toString((right + 1) % 11)));
        assertEquals(Verdict.WRONG, work.verify(challenge.token(), "-1"));
        assertEquals(Verdict.WRONG, work.verify(challenge.token(), "11"));
        assertEquals(Verdict.WRONG, work.verify(challenge.token(), "seven"));
        assertEquals(Verdict.WRONG, work.verify(challenge.token(), ""));
        assertEquals(0, spent.size());
        assertEquals(Verdict.ACCEPTED, work.verify(challenge.token(), Integer.toString(right)));
    }

    @Test
    void aForgedSignatureOrAnotherKeysChallengeIsRefused() {
        Challenge challenge = work.issue(10);
        String solution = solution(challenge);
        String forgedSignature = challenge.salt() + ":" + challenge.challenge() + ":" + "0".repeat(64);
        assertEquals(Verdict.FORGED, work.verify(forgedSignature, solution));
        // a longer validity or an easier bound written into the salt breaks the signature
        String later = challenge.salt().replaceFirst("\\.(\\d+)\\.", ".9999999999.");
        assertEquals(
                Verdict.FORGED,
                work.verify(later + ":" + challenge.challenge() + ":" + challenge.signature(), solution));
        // a challenge the client made up, with the hash of its own salt and number
        String mine = "000000000000000000000000.9999999999.1";
        assertEquals(
                Verdict.FORGED,
                work.verify(mine + ":" + ProofOfWork.sha256(mine + "0") + ":" + challenge.signature(), "0"));
        ProofOfWork otherNode = new ProofOfWork(
                "another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8),
                clock,
                Duration.ofMinutes(10),
                new ConcurrentHashMap<>());
        Challenge foreign = otherNode.issue(10);
        assertEquals(Verdict.FORGED, work.verify(foreign.token(), solution(foreign)));
        assertEquals(0, spent.size());
    }

    @Test
    void anExpiredChallengeIsRefusedEvenWhenSolved() {
        Challenge challenge = work.issue(10);
        now.set(START.plus(Duration.ofMinutes(10)));
        assertEquals(Verdict.EXPIRED, work.verify(challenge.token(), solution(challenge)));
        now.set(START.plus(Duration.ofMinutes(10)).minusSeconds(1));
        assertEquals(Verdict.ACCEPTED, work.verify(challenge.token(), solution(challenge)));
    }

    @Test
    void malformedTokensAreRefused() {
        for (String token : new String[] {null, "", "a:b", "a:b:c:d", "a.b:c:d", "x".repeat(201)}) {
            assertEquals(Verdict.MALFORMED, work.verify(token, "1"), String.valueOf(token));
        }
        assertEquals(Verdict.MALFORMED, work.verify(work.issue(1).token(), null));
    }

    /** Issue 25: two nodes with one key and the cluster's spent set: a solution is spent once, whichever node sees it. */
    @Test
    void aSolutionSpentOnOneNodeIsRefusedOnTheOther() {
        ProofOfWork otherNode = new ProofOfWork(KEY, clock, Duration.ofMinutes(10), spent);
        Challenge challenge = work.issue(5);
        assertEquals(Verdict.ACCEPTED, otherNode.verify(challenge.token(), solution(challenge)));
        assertEquals(Verdict.REUSED, work.verify(challenge.token(), solution(challenge)));
        assertEquals(1, spent.size());
    }

    @Test
    void challengesDifferAndKeysAreLongEnough() {
        assertNotEquals(work.issue(10).salt(), work.issue(10).salt());
        assertThrows(IllegalArgumentException.class, () -> new ProofOfWork(new byte[8], clock, Duration.ZERO, spent));
        assertThrows(IllegalArgumentException.class, () -> work.issue(0));
    }
}
