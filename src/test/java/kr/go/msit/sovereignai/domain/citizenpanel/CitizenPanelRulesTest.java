package kr.go.msit.sovereignai.domain.citizenpanel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import org.junit.jupiter.api.Test;

/** The panel's own rules: age bands, the proficiency scoring rule, regions, settings, and the stages of a panel. */
class CitizenPanelRulesTest {

    private static final FeatureSpace SPACE = FeatureSpace.ministry();
    // 2027-01-01 00:30 in Seoul is still 2026-12-31 in UTC: the band follows the Korean year.
    private static final Instant DEADLINE = Instant.parse("2026-12-31T15:30:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DRAW = Instant.parse("2027-01-02T11:35:00Z");
    private static final Instant CLOSES = Instant.parse("2027-01-15T09:00:00Z");

    @Test
    void ageBandsAreTakenInTheKoreanYearOfTheDeadlineAndUnderNineteenIsRefused() {
        assertEquals(AgeBand.AGE_19_29, AgeBand.of(2008, DEADLINE)); // 2027 - 2008 = 19
        assertThrows(TooYoungToVolunteer.class, () -> AgeBand.of(2009, DEADLINE));
        assertEquals(AgeBand.AGE_19_29, AgeBand.of(1998, DEADLINE)); // 29
        assertEquals(AgeBand.AGE_30_39, AgeBand.of(1997, DEADLINE)); // 30
        assertEquals(AgeBand.AGE_50_59, AgeBand.of(1968, DEADLINE)); // 59
        assertEquals(AgeBand.AGE_60_PLUS, AgeBand.of(1967, DEADLINE));
        assertEquals(AgeBand.AGE_60_PLUS, AgeBand.of(1920, DEADLINE));
        for (AgeBand band : AgeBand.values()) {
            assertTrue(SPACE.features().get(2).values().contains(band.code()), band.code());
        }
    }

    @Test
    void theQuestionnaireScoresByItsPublishedRuleAndRefusesAnythingElse() {
        assertEquals(Proficiency.LOW, ProficiencyQuestionnaire.score(List.of(0, 0, 0, 1, 2)));
        assertEquals(Proficiency.MID, ProficiencyQuestionnaire.score(List.of(1, 1, 1, 1, 0)));
        assertEquals(Proficiency.MID, ProficiencyQuestionnaire.score(List.of(2, 2, 2, 1, 0)));
        assertEquals(Proficiency.HIGH, ProficiencyQuestionnaire.score(List.of(2, 2, 2, 2, 0)));
        assertEquals(Proficiency.HIGH, ProficiencyQuestionnaire.score(List.of(2, 2, 2, 2, 2)));
        assertEquals("0,1,2,1,0", ProficiencyQuestionnaire.canonical(List.of(0, 1, 2, 1, 0)));
        assertThrows(VolunteerFormInvalid.class, () -> ProficiencyQuestionnaire.score(List.of(1, 1, 1, 1)));
        assertThrows(VolunteerFormInvalid.class, () -> ProficiencyQuestionnaire.score(List.of(1, 1, 1, 1, 3)));
        assertThrows(VolunteerFormInvalid.class, () -> ProficiencyQuestionnaire.score(List.of(1, 1, -1, 1, 1)));
        assertThrows(VolunteerFormInvalid.class, () -> ProficiencyQuestionnaire.score(null));
    }

    @Test
    void theCapitalRegionIsSeoulIncheonAndGyeonggi() {
        assertEquals(17, Province.values().length);
        List<Province> capital = List.of(Province.values()).stream()
                .filter(Province::isCapitalRegion)
                .toList();
        assertEquals(
                List.of("SEOUL", "INCHEON", "GYEONGGI"),
                capital.stream()
                        .map(Enum::name)
                        .sorted((a, b) -> {
                            List<String> order = List.of("SEOUL", "INCHEON", "GYEONGGI");
                            return order.indexOf(a) - order.indexOf(b);
                        })
                        .toList());
        assertEquals(Province.CAPITAL, Province.SEOUL.region());
        assertEquals(Province.ELSEWHERE, Province.JEJU.region());
    }

    @Test
    void aVolunteersTypeCombinesTheirFourFeatures() {
        int type = PanelVolunteer.typeOf(SPACE, Sex.M, 1990, Province.BUSAN, Proficiency.HIGH, DEADLINE);
        assertEquals("M|ELSEWHERE|30-39|HIGH", SPACE.typeLabel(type));
    }

    @Test
    void settingsKeepTheirRules() {
        int[][] plan = Quotas.ministryPlan().perValue();
        PanelSettingsRule.Checked ok = PanelSettingsRule.check(SPACE, 500, plan, DEADLINE, DRAW, 1203, NOW, CLOSES);
        assertEquals(500, ok.panelSize());

        assertField(PanelSettingsInvalid.Field.SIZE, () -> check(0, plan, DEADLINE, DRAW, 1203));
        assertField(PanelSettingsInvalid.Field.SIZE, () -> check(100_001, plan, DEADLINE, DRAW, 1203));
        assertField(PanelSettingsInvalid.Field.QUOTAS, () -> check(499, plan, DEADLINE, DRAW, 1203));
        assertField(PanelSettingsInvalid.Field.QUOTAS, () -> check(500, new int[][] {{250, 250}}, DEADLINE, DRAW, 1));
        assertField(
                PanelSettingsInvalid.Field.QUOTAS,
                () -> check(
                        500,
                        new int[][] {{600, -100}, {250, 250}, {100, 100, 100, 100, 100}, {100, 250, 150}},
                        DEADLINE,
                        DRAW,
                        1));
        assertField(PanelSettingsInvalid.Field.DEADLINE, () -> check(500, plan, NOW, DRAW, 1203));
        assertField(PanelSettingsInvalid.Field.DRAW_AT, () -> check(500, plan, DEADLINE, DEADLINE, 1203));
        assertField(PanelSettingsInvalid.Field.DRAW_AT, () -> check(500, plan, DEADLINE, CLOSES, 1203));
        assertField(PanelSettingsInvalid.Field.LOTTO_DRAW_NUMBER, () -> check(500, plan, DEADLINE, DRAW, 0));
    }

    @Test
    void aPanelGoesFromVolunteeringToFrozenToCommittedToDrawnAndTakesTheSeedOnce() {
        CitizenPanel panel = new CitizenPanel(
                7L,
                PanelSettingsRule.check(
                        SPACE, 500, Quotas.ministryPlan().perValue(), DEADLINE, DRAW, 1203, NOW, CLOSES));
        assertTrue(panel.acceptsVolunteersAt(NOW));
        assertFalse(panel.acceptsVolunteersAt(DEADLINE));
        assertFalse(panel.isDueToFreezeAt(NOW));
        assertTrue(panel.isDueToFreezeAt(DEADLINE));
        assertEquals("lotto645:1203", panel.seedSource());
        assertThrows(SeedNotAwaited.class, () -> panel.requireSeedAcceptedAt(1, DRAW));

        panel.freeze(1000, "a".repeat(64), DEADLINE, true);
        assertTrue(panel.awaitsLottery());
        assertFalse(panel.acceptsVolunteersAt(NOW), "a frozen pool takes nobody, whatever the clock says");
        assertThrows(PanelNotConfigurable.class, () -> panel.reconfigure(1, null, NOW));
        assertThrows(
                PanelNotConfigurable.class,
                () -> panel.changeQuotas(1, Quotas.ministryPlan().perValue()));

        panel.commit(1, "table", "probabilities", "b".repeat(64), 1500, DEADLINE);
        assertEquals(PanelStatus.COMMITTED, panel.getStatus());
        assertThrows(SeedBeforeDraw.class, () -> panel.requireSeedAcceptedAt(1, DRAW.minusSeconds(1)));
        panel.drawn(1, "03-11-19-27-38-42+07", "c".repeat(64), 12345, 3, DRAW);
        assertEquals(PanelStatus.DRAWN, panel.getStatus());
        assertThrows(
                SeedAlreadyEntered.class, () -> panel.drawn(1, "01-02-03-04-05-06+07", "d".repeat(64), 1, 0, DRAW));
        assertEquals("03-11-19-27-38-42+07", panel.lottoNumbers().orElseThrow());
    }

    @Test
    void anInfeasiblePoolTakesNewQuotasAndNothingElse() {
        CitizenPanel panel = new CitizenPanel(
                7L,
                PanelSettingsRule.check(
                        SPACE, 500, Quotas.ministryPlan().perValue(), DEADLINE, DRAW, 1203, NOW, CLOSES));
        panel.freeze(10, "a".repeat(64), DEADLINE, false);
        assertEquals(PanelStatus.INFEASIBLE, panel.getStatus());
        int[][] smaller = {{5, 5}, {5, 5}, {2, 2, 2, 2, 2}, {2, 5, 3}};
        panel.changeQuotas(1, smaller);
        assertEquals(CitizenPanel.encode(smaller), CitizenPanel.encode(panel.quotaValues()));
        assertThrows(SeedNotAwaited.class, () -> panel.requireSeedAcceptedAt(1, DRAW));
    }

    @Test
    void noCommitmentAtOrAfterTheDeclaredDraw() {
        CitizenPanel panel = new CitizenPanel(
                7L,
                PanelSettingsRule.check(
                        SPACE, 500, Quotas.ministryPlan().perValue(), DEADLINE, DRAW, 1203, NOW, CLOSES));
        panel.freeze(1000, "a".repeat(64), DEADLINE, true);
        assertThrows(CommitmentTooLate.class, () -> panel.commit(1, "table", "p", "b".repeat(64), 1500, DRAW));
        assertThrows(
                CommitmentTooLate.class,
                () -> panel.commit(1, "table", "p", "b".repeat(64), 1500, DRAW.plusSeconds(60)));
        assertTrue(panel.awaitsLottery(), "nothing committed");
        assertTrue(panel.commitment().isEmpty());
        assertFalse(panel.commitsInTimeAt(DRAW));
        assertTrue(panel.commitsInTimeAt(DRAW.minusSeconds(1)));
        panel.commit(1, "table", "p", "b".repeat(64), 1500, DRAW.minusSeconds(1));
        assertEquals(PanelStatus.COMMITTED, panel.getStatus());
    }

    @Test
    void aPanelIsAbandonedWithAReasonInAnyStageButDrawn() {
        CitizenPanel volunteering = panel();
        assertThrows(AbandonReasonInvalid.class, () -> volunteering.abandon(1, "  ", NOW));
        assertThrows(AbandonReasonInvalid.class, () -> volunteering.abandon(1, null, NOW));
        assertThrows(
                AbandonReasonInvalid.class,
                () -> volunteering.abandon(1, "x".repeat(CitizenPanel.MAX_ABANDON_REASON + 1), NOW));
        assertEquals(PanelStatus.VOLUNTEERING, volunteering.getStatus(), "nothing changed");
        volunteering.abandon(1, " 지원자가 없습니다 ", NOW);
        assertEquals(PanelStatus.ABANDONED, volunteering.getStatus());
        assertEquals("지원자가 없습니다", volunteering.abandonedReason().orElseThrow());
        assertFalse(volunteering.acceptsVolunteersAt(NOW), "volunteering stops");
        assertFalse(volunteering.isDueToFreezeAt(DEADLINE), "nothing is frozen any more");
        assertThrows(PanelNotAbandonable.class, () -> volunteering.abandon(1, "again", NOW));
        assertThrows(SeedNotAwaited.class, () -> volunteering.requireSeedAcceptedAt(1, DRAW));

        CitizenPanel infeasible = panel();
        infeasible.freeze(3, "a".repeat(64), DEADLINE, false);
        infeasible.abandon(1, "too few volunteers", DEADLINE);
        assertEquals(PanelStatus.ABANDONED, infeasible.getStatus());
        assertThrows(
                PanelNotConfigurable.class,
                () -> infeasible.changeQuotas(1, Quotas.ministryPlan().perValue()));

        CitizenPanel missed = panel();
        missed.freeze(1000, "a".repeat(64), DEADLINE, true);
        missed.abandon(1, "the commitment was missed", DRAW);
        assertFalse(missed.awaitsLottery(), "no lottery any more");

        CitizenPanel committed = panel();
        committed.freeze(1000, "a".repeat(64), DEADLINE, true);
        committed.commit(1, "table", "p", "b".repeat(64), 1500, DEADLINE);
        committed.abandon(1, "the draw was postponed", DRAW);
        assertEquals(PanelStatus.ABANDONED, committed.getStatus());
        assertEquals("b".repeat(64), committed.commitment().orElseThrow(), "the published files stay");

        CitizenPanel drawn = panel();
        drawn.freeze(1000, "a".repeat(64), DEADLINE, true);
        drawn.commit(1, "table", "p", "b".repeat(64), 1500, DEADLINE);
        drawn.drawn(1, "03-11-19-27-38-42+07", "c".repeat(64), 12345, 3, DRAW);
        assertThrows(PanelNotAbandonable.class, () -> drawn.abandon(1, "too late", DRAW));
        assertEquals(PanelStatus.DRAWN, drawn.getStatus());
    }

    private static CitizenPanel panel() {
        return new CitizenPanel(
                7L,
                PanelSettingsRule.check(
                        SPACE, 500, Quotas.ministryPlan().perValue(), DEADLINE, DRAW, 1203, NOW, CLOSES));
    }

    private static PanelSettingsRule.Checked check(
            int size, int[][] quotas, Instant deadline, Instant draw, int lotto) {
        return PanelSettingsRule.check(SPACE, size, quotas, deadline, draw, lotto, NOW, CLOSES);
    }

    private static void assertField(PanelSettingsInvalid.Field field, Runnable action) {
        PanelSettingsInvalid refused = assertThrows(PanelSettingsInvalid.class, action::run);
        assertEquals(field, refused.field());
    }
}
