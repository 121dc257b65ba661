package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.arena.AnswerSet;
import kr.go.msit.sovereignai.domain.arena.ArenaOutcome;
import kr.go.msit.sovereignai.domain.arena.ArenaPrompt;
import kr.go.msit.sovereignai.domain.arena.ArenaRepository;
import kr.go.msit.sovereignai.domain.arena.Battle;
import kr.go.msit.sovereignai.domain.arena.BattleCell;
import kr.go.msit.sovereignai.domain.arena.BattleIssuer;
import kr.go.msit.sovereignai.domain.arena.BattleLine;
import kr.go.msit.sovereignai.domain.arena.CommittedPrompt;
import kr.go.msit.sovereignai.domain.arena.PromptSet;
import kr.go.msit.sovereignai.domain.arena.TeamAnswer;

@ApplicationScoped
public class JpaArenaRepository implements ArenaRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Resource(lookup = "java:jboss/datasources/PlatformDS")
    private DataSource dataSource;

    @Override
    public Optional<PromptSet> promptSet(long roundId) {
        return Optional.ofNullable(entityManager.find(PromptSet.class, roundId));
    }

    @Override
    public PromptSet lockPromptSet(long roundId) {
        PromptSet set = entityManager.find(PromptSet.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            throw new NotFound("arena.notReady");
        }
        return set;
    }

    @Override
    public void commitPrompts(PromptSet set, List<ArenaPrompt> prompts) {
        long roundId = set.getRoundId();
        entityManager
                .createQuery("DELETE FROM TeamAnswer a WHERE a.roundId = :round")
                .setParameter("round", roundId)
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM AnswerSet s WHERE s.roundId = :round")
                .setParameter("round", roundId)
                .executeUpdate();
        entityManager
                .createQuery("DELETE FROM CommittedPrompt p WHERE p.roundId = :round")
                .setParameter("round", roundId)
                .executeUpdate();
        if (!entityManager.contains(set)) {
            entityManager.persist(set);
        }
        entityManager.flush();
        for (int i = 0; i < prompts.size(); i++) {
            entityManager.persist(new CommittedPrompt(roundId, i, prompts.get(i)));
        }
        entityManager.flush();
    }

    @Override
    public List<CommittedPrompt> prompts(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT p FROM CommittedPrompt p WHERE p.roundId = :round ORDER BY p.position",
                        CommittedPrompt.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<CommittedPrompt> prompt(long promptId) {
        return Optional.ofNullable(entityManager.find(CommittedPrompt.class, promptId));
    }

    @Override
    public long includedPrompts(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(p) FROM CommittedPrompt p WHERE p.roundId = :round AND p.excluded = FALSE",
                        Long.class)
                .setParameter("round", roundId)
                .getSingleResult();
    }

    @Override
    public void storeAnswers(AnswerSet set, List<TeamAnswer> answers) {
        entityManager
                .createQuery("DELETE FROM TeamAnswer a WHERE a.roundId = :round AND a.teamId = :team")
                .setParameter("round", set.getRoundId())
                .setParameter("team", set.getTeamId())
                .executeUpdate();
        AnswerSet earlier = entityManager.find(AnswerSet.class, new AnswerSet.Key(set.getRoundId(), set.getTeamId()));
        if (earlier != null) {
            entityManager.remove(earlier);
            entityManager.flush();
        }
        entityManager.persist(set);
        entityManager.flush();
        answers.forEach(entityManager::persist);
        entityManager.flush();
    }

    @Override
    public List<AnswerSet> answerSets(long roundId) {
        return entityManager
                .createQuery("SELECT s FROM AnswerSet s WHERE s.roundId = :round ORDER BY s.teamId", AnswerSet.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public List<TeamAnswer> answers(long roundId) {
        return entityManager
                .createQuery(
                        "SELECT a FROM TeamAnswer a WHERE a.roundId = :round ORDER BY a.teamId, a.promptId",
                        TeamAnswer.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<TeamAnswer> answer(long roundId, long teamId, long promptId) {
        return entityManager
                .createQuery(
                        "SELECT a FROM TeamAnswer a WHERE a.roundId = :round AND a.teamId = :team AND a.promptId = :prompt",
                        TeamAnswer.class)
                .setParameter("round", roundId)
                .setParameter("team", teamId)
                .setParameter("prompt", promptId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public void layOut(long roundId, List<BattleIssuer.Cell> cells) {
        int batch = 0;
        for (BattleIssuer.Cell cell : cells) {
            entityManager.persist(new BattleCell(roundId, cell));
            if (++batch % 500 == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
    }

    @Override
    public Optional<BattleCell> nextCell(long roundId, long citizenId) {
        Integer fewest = entityManager
                .createQuery("SELECT MIN(c.issued) FROM BattleCell c WHERE c.roundId = :round", Integer.class)
                .setParameter("round", roundId)
                .getSingleResult();
        if (fewest == null) {
            return Optional.empty();
        }
        // The same choice as BattleIssuer.next: the first least-filled cell, in the round's order, on a prompt the
        // citizen has not seen.
        return entityManager
                .createQuery(
                        "SELECT c FROM BattleCell c WHERE c.roundId = :round AND c.issued = :fewest AND c.promptId NOT IN "
                                + "(SELECT b.promptId FROM Battle b WHERE b.roundId = :round AND b.citizenId = :citizen) ORDER BY c.position",
                        BattleCell.class)
                .setParameter("round", roundId)
                .setParameter("fewest", fewest)
                .setParameter("citizen", citizenId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public int[] cellFill(long roundId) {
        Object[] fill = entityManager
                .createQuery(
                        "SELECT MIN(c.issued), MAX(c.issued) FROM BattleCell c WHERE c.roundId = :round",
                        Object[].class)
                .setParameter("round", roundId)
                .getSingleResult();
        return new int[] {
            fill[0] == null ? 0 : ((Number) fill[0]).intValue(), fill[1] == null ? 0 : ((Number) fill[1]).intValue()
        };
    }

    @Override
    public void issue(Battle battle, BattleCell cell) {
        cell.issue();
        entityManager.persist(battle);
        entityManager.flush();
    }

    @Override
    public Optional<Battle> pendingBattle(long roundId, long citizenId) {
        return entityManager
                .createQuery(
                        "SELECT b FROM Battle b WHERE b.roundId = :round AND b.citizenId = :citizen AND b.outcome IS NULL "
                                + "ORDER BY b.id",
                        Battle.class)
                .setParameter("round", roundId)
                .setParameter("citizen", citizenId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public long battlesIssuedTo(long roundId, long citizenId) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(b) FROM Battle b WHERE b.roundId = :round AND b.citizenId = :citizen", Long.class)
                .setParameter("round", roundId)
                .setParameter("citizen", citizenId)
                .getSingleResult();
    }

    @Override
    public Optional<Battle> battleByToken(String token) {
        return entityManager
                .createQuery("SELECT b FROM Battle b WHERE b.token = :token", Battle.class)
                .setParameter("token", token)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public boolean recordVote(long battleId, long citizenId, ArenaOutcome outcome, Instant votedAt, String receipt) {
        // One conditional update: of two concurrent votes with the same token exactly one finds the battle unvoted.
        return entityManager
                        .createQuery("UPDATE Battle b SET b.outcome = :outcome, b.votedAt = :at, b.receipt = :receipt "
                                + "WHERE b.id = :battle AND b.citizenId = :citizen AND b.outcome IS NULL")
                        .setParameter("outcome", outcome)
                        .setParameter("at", votedAt)
                        .setParameter("receipt", receipt)
                        .setParameter("battle", battleId)
                        .setParameter("citizen", citizenId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<Battle> battleByReceipt(long roundId, String receipt) {
        return entityManager
                .createQuery("SELECT b FROM Battle b WHERE b.roundId = :round AND b.receipt = :receipt", Battle.class)
                .setParameter("round", roundId)
                .setParameter("receipt", receipt)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public long[] battleCounts(long roundId) {
        Object[] counts = entityManager
                .createQuery("SELECT COUNT(b), COUNT(b.outcome) FROM Battle b WHERE b.roundId = :round", Object[].class)
                .setParameter("round", roundId)
                .getSingleResult();
        return new long[] {((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()};
    }

    @Override
    public long verifiedVoters(long roundId) {
        // From the verified identities (one per account), each probing the round's (round, citizen, outcome) index: not
        // a walk over the round's battles, which took H2 1.9 s at a million votes with no identity verified (issue 26).
        Number voters = (Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM verified_identity v WHERE EXISTS (SELECT 1 FROM arena_battle b"
                        + " WHERE b.round_id = ?1 AND b.citizen_id = v.account_id AND b.outcome IS NOT NULL)")
                .setParameter(1, roundId)
                .getSingleResult();
        return voters == null ? 0 : voters.longValue();
    }

    @Override
    public void forEachVote(long roundId, VoteSink sink) {
        forEachVote(roundId, "", sink);
    }

    @Override
    public void forEachPanelVote(long roundId, VoteSink sink) {
        // The members are selected in the database (ix_panel_volunteer_seat), the votes streamed as for everyone's.
        forEachVote(
                roundId,
                " AND citizen_id IN (SELECT pv.account_id FROM panel_volunteer pv WHERE pv.round_id = ?"
                        + " AND pv.seat = 'MEMBER' AND pv.withdrawn_at IS NULL)",
                sink);
    }

    @Override
    public long[] forEachVoteCounting(long roundId, VoteSink sink) {
        // One pass over the round's battles in issue order, voted or not: the votes go to the sink, every battle is
        // counted.
        long[] issuedAndVoted = new long[2];
        inIssueOrder(roundId, "", (citizen, teamA, teamB, outcome) -> {
            issuedAndVoted[0]++;
            if (outcome != null) {
                issuedAndVoted[1]++;
                sink.vote(citizen, teamA, teamB, outcome);
            }
        });
        return issuedAndVoted;
    }

    /** The round's votes, restricted by {@code andWhere} (its one parameter, if any, is the round id again). */
    private void forEachVote(long roundId, String andWhere, VoteSink sink) {
        inIssueOrder(roundId, " AND outcome IS NOT NULL" + andWhere, sink);
    }

    /**
     * Battles read per statement by {@link #inIssueOrder}. H2 keeps a statement's whole result and writes it to a
     * temporary file beyond 40,000 rows per GB of heap (20,000 at the platform's 512 MB), which doubled the read of a
     * million battles; a page of 10,000 stays in memory. {@code ArenaIT} reads 25,000 votes across pages: keep
     * this well under that.
     */
    private static final int BATTLES_PER_READ = 10_000;

    /**
     * The round's battles restricted by {@code andWhere} (its one parameter, if any, is the round id again) in issue
     * order, the outcome null for a battle not voted on; plain JDBC, not JPA: a million rows read as four numbers each,
     * with no entity or object per row. Read in keyset pages from the round's first battle, each statement walking an
     * index in its own order, never sorting (issue 26):
     * <ul>
     *   <li>on PostgreSQL, {@code ix_arena_battle_round_id} (round, id): with {@code ORDER BY id} alone the round's
     *       battles could be sorted first;
     *   <li>on H2, the primary key (id), named in a {@code USE INDEX} hint: through (round, id) H2 looks every row up
     *       in the table again, 4.7–5.6 s for a million battles against 1.8 s along the primary key, and without the
     *       hint it picks the round's index and sorts. A round's battles are issued while it is open, after those of
     *       earlier rounds, so from its first battle the walk meets few others.
     * </ul>
     */
    private void inIssueOrder(long roundId, String andWhere, VoteSink sink) {
        try (Connection connection = dataSource.getConnection()) {
            long first = firstBattle(connection, roundId);
            if (first < 0) {
                return; // no battle: nothing to walk (from id 1 H2 would walk every other round's)
            }
            String primaryKey = h2PrimaryKeyIndex(connection);
            long after = first - 1;
            try (PreparedStatement battles = connection.prepareStatement("SELECT id, citizen_id, team_a, team_b,"
                    + " outcome FROM arena_battle"
                    + (primaryKey == null ? "" : " USE INDEX (\"" + primaryKey + "\")")
                    + " WHERE round_id = ? AND id > ?" + andWhere
                    + (primaryKey == null ? " ORDER BY round_id, id" : " ORDER BY id"))) {
                battles.setFetchSize(5000);
                battles.setMaxRows(BATTLES_PER_READ);
                battles.setLong(1, roundId);
                if (andWhere.contains("?")) {
                    battles.setLong(3, roundId);
                }
                int read;
                do {
                    battles.setLong(2, after);
                    read = 0;
                    try (ResultSet rows = battles.executeQuery()) {
                        while (rows.next()) {
                            read++;
                            after = rows.getLong(1);
                            sink.vote(rows.getLong(2), rows.getLong(3), rows.getLong(4), outcome(rows.getString(5)));
                        }
                    }
                } while (read == BATTLES_PER_READ);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("reading the votes of round " + roundId, failure);
        }
    }

    /**
     * The id of the round's first battle, or -1 when it has none: the first entry of its (round, id) index. Asked with
     * {@code id > 0}, or H2 picks the round's foreign-key index and sorts the round's battles (11 s for a million); MIN(id)
     * likewise walks them all.
     */
    private static long firstBattle(Connection connection, long roundId) throws SQLException {
        try (PreparedStatement first = connection.prepareStatement(
                "SELECT id FROM arena_battle WHERE round_id = ? AND id > 0 ORDER BY round_id, id")) {
            first.setMaxRows(1);
            first.setLong(1, roundId);
            try (ResultSet row = first.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }

    /** On H2, the name it gave arena_battle's primary-key index (generated, so looked up); null on PostgreSQL. */
    private static String h2PrimaryKeyIndex(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return null;
        }
        try (PreparedStatement index = connection.prepareStatement(
                        "SELECT index_name FROM information_schema.indexes"
                                + " WHERE table_schema = SCHEMA() AND table_name = 'ARENA_BATTLE' AND index_type_name = 'PRIMARY KEY'");
                ResultSet row = index.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** An outcome as stored, or null for a battle not voted on. */
    private static ArenaOutcome outcome(String stored) {
        if (stored == null) {
            return null;
        }
        for (ArenaOutcome candidate : OUTCOMES) {
            if (candidate.name().equals(stored)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unknown arena outcome " + stored);
    }

    private static final ArenaOutcome[] OUTCOMES = ArenaOutcome.values();

    @Override
    public void forEachBattle(long roundId, Consumer<BattleLine> consumer) {
        // In keyset pages of (round, id), each walking ix_arena_battle_round_id in its order (see inIssueOrder).
        long after = 0;
        List<BattleLine> page;
        do {
            page = entityManager
                    .createQuery(
                            "SELECT NEW kr.go.msit.sovereignai.domain.arena.BattleLine(b.id, b.promptId, b.teamA, b.teamB, "
                                    + "b.citizenId, b.outcome, b.receipt, b.issuedAt, b.votedAt) FROM Battle b "
                                    + "WHERE b.roundId = :round AND b.id > :after ORDER BY b.roundId, b.id",
                            BattleLine.class)
                    .setParameter("round", roundId)
                    .setParameter("after", after)
                    .setMaxResults(BATTLE_LINES_PER_READ)
                    .getResultList();
            page.forEach(consumer);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).battleId();
            }
        } while (page.size() == BATTLE_LINES_PER_READ);
    }

    /** Battle lines read per statement by {@link #forEachBattle} (a few MB of records at a time). */
    private static final int BATTLE_LINES_PER_READ = 5_000;
}
