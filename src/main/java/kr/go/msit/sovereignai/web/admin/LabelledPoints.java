package kr.go.msit.sovereignai.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * The form row of a Korean label, an English label and the points: a rubric line on the scoring page, a
 * benchmark part on the benchmarks page (which adds its own fields).
 */
public class LabelledPoints implements Serializable {

    private static final long serialVersionUID = 1L;

    private String labelKo;
    private String labelEn;
    private BigDecimal maxPoints;

    public LabelledPoints(LocalizedText label, BigDecimal maxPoints) {
        this.labelKo = label == null ? null : label.ko();
        this.labelEn = label == null ? null : label.en();
        this.maxPoints = maxPoints;
    }

    /** An empty row, for a line still to be typed. */
    public LabelledPoints() {
        this(null, null);
    }

    /** Whether the Korean label is left empty (a row the administrator did not fill in). */
    public boolean isBlank() {
        return labelKo == null || labelKo.isBlank();
    }

    public LocalizedText label() {
        return LocalizedText.of(labelKo, labelEn);
    }

    public String getLabelKo() {
        return labelKo;
    }

    public void setLabelKo(String labelKo) {
        this.labelKo = labelKo;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
        this.maxPoints = maxPoints;
    }
}
