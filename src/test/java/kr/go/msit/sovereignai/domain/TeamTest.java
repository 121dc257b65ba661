package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import kr.go.msit.sovereignai.domain.team.TeamStatus;
import org.junit.jupiter.api.Test;

class TeamTest {

    private static final TeamProfile UPSTAGE =
            new TeamProfile(" 업스테이지 ", "Upstage", "업스테이지", Arrays.asList("노타", " ", null, "플리토"), "Solar", "");

    @Test
    void aProfileIsTrimmedAndBlankMembersAreDropped() {
        assertEquals("업스테이지", UPSTAGE.nameKo());
        assertEquals(List.of("노타", "플리토"), UPSTAGE.memberOrganisations());
    }

    @Test
    void aNewTeamIsInTheRaceFromItsJoiningRound() {
        Team team = new Team("upstage", UPSTAGE, 1);
        assertEquals(TeamStatus.ACTIVE, team.getStatus());
        assertTrue(team.getStatus().inTheRace());
        assertEquals(1, team.getJoinedRoundNumber());
        assertNull(team.getDemoUrl(), "an empty demo address means no demo");
        assertEquals(UPSTAGE, team.profile());
    }

    @Test
    void codesAreUrlSafe() {
        assertEquals("lg-ai-research", Team.codeFor("LG AI Research"));
        assertEquals("sk-telecom", Team.codeFor("  SK  Telecom! "));
        assertEquals("team", Team.codeFor("정예팀"));
        assertThrows(DomainRuleViolation.class, () -> new Team("Not A Code", UPSTAGE, 1));
        assertThrows(DomainRuleViolation.class, () -> new Team("upstage", UPSTAGE, 0));
    }

    @Test
    void profileRulesAreCheckedByBeanValidation() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        TeamProfile invalid = new TeamProfile("", "Upstage", "", List.of(), "Solar", "javascript:alert(1)");
        Set<String> messages = validator.validate(invalid).stream()
                .map(v -> v.getMessageTemplate())
                .collect(Collectors.toSet());
        assertEquals(Set.of("{team.nameKo.required}", "{team.lead.required}", "{team.demoUrl.invalid}"), messages);
        assertTrue(validator.validate(UPSTAGE).isEmpty());
    }
}
