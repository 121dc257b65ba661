/**
 * A round's citizens' panel (issue 23): {@code CitizenPanel} (settings, frozen pool digest, lottery, commitment, seed
 * and draw) and its {@code PanelVolunteer}s (pseudonym, declared and verified features, seat), the features' values
 * ({@link kr.go.msit.sovereignai.domain.citizenpanel.Province}, age bands, the proficiency questionnaire) and the
 * typed refusals. Plain Java and JPA mapping: the algorithm is in {@code domain/sortition}, the repository is a port.
 */
package kr.go.msit.sovereignai.domain.citizenpanel;
