package kr.go.msit.sovereignai.domain.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * What the public may read about a consortium, as an administrator enters it. Text is trimmed
 * and blank member lines dropped, so the same profile always compares equal.
 */
public record TeamProfile(
        @NotBlank(message = "{team.nameKo.required}") @Size(max = 100, message = "{text.tooLong}")
        String nameKo,

        @NotBlank(message = "{team.nameEn.required}") @Size(max = 100, message = "{text.tooLong}")
        String nameEn,

        @NotBlank(message = "{team.lead.required}") @Size(max = 200, message = "{text.tooLong}")
        String leadOrganisation,

        @Size(max = 30, message = "{team.members.tooMany}")
        List<@Size(max = 200, message = "{text.tooLong}") String> memberOrganisations,

        @Size(max = 200, message = "{text.tooLong}") String modelName,

        @Size(max = 500, message = "{text.tooLong}")
        @Pattern(regexp = "^(https?://\\S+)?$", message = "{team.demoUrl.invalid}")
        String demoUrl) {

    public TeamProfile {
        nameKo = trimmed(nameKo);
        nameEn = trimmed(nameEn);
        leadOrganisation = trimmed(leadOrganisation);
        modelName = trimmed(modelName);
        demoUrl = trimmed(demoUrl);
        memberOrganisations = memberOrganisations == null
                ? List.of()
                : memberOrganisations.stream()
                        .map(TeamProfile::trimmed)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** The name in both languages (the form enters, and Bean Validation checks, each on its own). */
    public LocalizedText name() {
        return LocalizedText.of(nameKo, nameEn);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
