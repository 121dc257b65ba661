package kr.go.msit.sovereignai.infrastructure.seed;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.gpu.GpuLeaseTerms;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;

/**
 * The programme as the source article (중앙뉴스, 2025-11-21) describes it: five consortia
 * selected in August 2025, a review every six months eliminating one team, two finalists in
 * 2027, review 1 moved from the end of December 2025 to 1-15 January 2026 because GPU supply
 * was disrupted, and the GPUs SK Telecom and Naver Cloud lease to the government.
 */
final class ProgrammeSeed {

    static final String MINISTRY_KO = "과학기술정보통신부";
    static final String MINISTRY_EN = "Ministry of Science and ICT";
    static final String SOURCE_NOTE = "출처: 중앙뉴스 2025-11-21";

    private ProgrammeSeed() {}

    static Programme programme() {
        return new Programme(
                LocalizedText.of("독자 AI 파운데이션 모델", "Sovereign AI Foundation Model"),
                LocalizedText.of(MINISTRY_KO, MINISTRY_EN),
                6,
                2,
                1);
    }

    /** The five consortia, in the order the ministry listed them. */
    static List<Team> teams() {
        return List.of(
                team("naver-cloud", "네이버클라우드", "Naver Cloud", "HyperCLOVA X"),
                team("upstage", "업스테이지", "Upstage", "Solar"),
                team("sk-telecom", "SK텔레콤", "SK Telecom", "A.X"),
                team("nc-ai", "NC AI", "NC AI", "VARCO"),
                team("lg-ai-research", "LG AI연구원", "LG AI Research", "EXAONE"));
    }

    private static Team team(String code, String nameKo, String nameEn, String modelName) {
        return new Team(code, new TeamProfile(nameKo, nameEn, nameKo, List.of(), modelName, null), 1);
    }

    static List<GpuLeaseTerms> leases() {
        return List.of(
                new GpuLeaseTerms("SK텔레콤", MINISTRY_KO, "NVIDIA B200", 1024, null, SOURCE_NOTE),
                new GpuLeaseTerms("네이버클라우드", MINISTRY_KO, "NVIDIA H200", 1024, null, SOURCE_NOTE));
    }

    /** Teams the government supplies from the leased GPUs (quantities not disclosed). */
    static List<String> teamsSuppliedByGovernment() {
        return List.of("upstage", "nc-ai", "lg-ai-research");
    }

    static final String GOVERNMENT_SUPPLY_ACCELERATOR = "NVIDIA B200 / H200 (정부 임차분)";

    /** Review 1 as first planned: the second half of December 2025. */
    static ReviewWindow review1AsPlanned() {
        return ReviewWindow.wholeDays(LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 31));
    }

    static ReviewWindow review1AsPostponed() {
        return ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    }

    static final String POSTPONEMENT_REASON_KO = "일시적인 GPU 지원 차질로 일정 조정 (GPU 최적화·연결·정합성 확보 지연)";
    static final String POSTPONEMENT_REASON_EN = "Schedule adjusted after a temporary disruption in GPU supply "
            + "(GPU optimisation, interconnection and integration took longer)";
    static final ZonedDateTime POSTPONEMENT_ANNOUNCED = ZonedDateTime.of(2025, 11, 21, 9, 0, 0, 0, KoreanTime.ZONE);

    static ReviewRound review1() {
        ReviewRound round = new ReviewRound(1, review1AsPlanned(), 1);
        round.postpone(
                review1AsPostponed(),
                LocalizedText.of(POSTPONEMENT_REASON_KO, POSTPONEMENT_REASON_EN),
                MINISTRY_KO,
                POSTPONEMENT_ANNOUNCED.toInstant());
        return round;
    }

    /** Reviews 2 and 3, six months apart after review 1; review 3 leaves the two finalists. */
    static List<ReviewRound> laterReviews() {
        return List.of(
                new ReviewRound(2, ReviewWindow.wholeDays(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15)), 1),
                new ReviewRound(3, ReviewWindow.wholeDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15)), 1));
    }
}
