package kr.go.msit.sovereignai.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalLong;
import kr.go.msit.sovereignai.application.audit.AuditTrail;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import kr.go.msit.sovereignai.web.Messages;

/** The audit log for administrators: the latest entries and a verification of the whole chain. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditTrail audit;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.latest(200);
        }
        return entries;
    }

    public void verify() {
        OptionalLong broken = audit.verify();
        if (broken.isPresent()) {
            Messages.error(null, "admin.audit.broken", broken.getAsLong());
        } else {
            Messages.info("admin.audit.intact");
        }
    }
}
