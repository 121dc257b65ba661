package kr.go.msit.sovereignai.domain.gpu;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Accelerators supplied to a team. The quantity may be undisclosed (null), as it is for the
 * government's supply to Upstage, NC AI and LG AI Research in the source article.
 */
public record GpuAllocationTerms(
        @NotNull(message = "{gpu.team.required}") Long teamId,

        @NotBlank(message = "{gpu.supplier.required}") @Size(max = 200, message = "{text.tooLong}")
        String supplier,

        @NotBlank(message = "{gpu.accelerator.required}") @Size(max = 100, message = "{text.tooLong}")
        String accelerator,

        @Min(value = 1, message = "{gpu.quantity.range}") @Max(value = 1_000_000, message = "{gpu.quantity.range}")
        Integer quantity,

        LocalDate allocatedFrom,
        @Size(max = 500, message = "{text.tooLong}") String note) {

    public GpuAllocationTerms {
        supplier = supplier == null ? "" : supplier.strip();
        accelerator = accelerator == null ? "" : accelerator.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
