package kr.go.msit.sovereignai.domain.gpu;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who leases how many of which accelerator to whom, from when. */
public record GpuLeaseTerms(
        @NotBlank(message = "{gpu.lessor.required}") @Size(max = 200, message = "{text.tooLong}")
        String lessor,

        @NotBlank(message = "{gpu.lessee.required}") @Size(max = 200, message = "{text.tooLong}")
        String lessee,

        @NotBlank(message = "{gpu.accelerator.required}") @Size(max = 100, message = "{text.tooLong}")
        String accelerator,

        @NotNull(message = "{gpu.quantity.required}")
        @Min(value = 1, message = "{gpu.quantity.range}")
        @Max(value = 1_000_000, message = "{gpu.quantity.range}")
        Integer quantity,

        LocalDate leasedFrom,
        @Size(max = 500, message = "{text.tooLong}") String note) {

    public GpuLeaseTerms {
        lessor = lessor == null ? "" : lessor.strip();
        lessee = lessee == null ? "" : lessee.strip();
        accelerator = accelerator == null ? "" : accelerator.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
