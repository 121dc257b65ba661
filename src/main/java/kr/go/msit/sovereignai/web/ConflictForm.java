package kr.go.msit.sovereignai.web;

import java.io.Serializable;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;

/** The fields of a conflict-of-interest form, shared by the reviewer console and the administration. */
public class ConflictForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long teamId;
    private ConflictKind kind;
    private String organisation;
    private String note;

    /** The chosen team's id, or -1 when none was chosen (refused by the use case as an unknown team). */
    public long teamIdOrNone() {
        return teamId == null ? -1 : teamId;
    }

    public void clear() {
        teamId = null;
        kind = null;
        organisation = null;
        note = null;
    }

    public ConflictKind[] getKinds() {
        return ConflictKind.values();
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public void setKind(ConflictKind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
