package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of refused_request: a request refused for lack of right. Written once, never read here. */
@Entity
@Table(name = "refused_request")
class RefusedRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false, length = 1000)
    private String detail;

    @Column(name = "refused_at", nullable = false, updatable = false)
    private Instant refusedAt;

    protected RefusedRequest() {}

    RefusedRequest(String actor, String action, String detail, Instant refusedAt) {
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.refusedAt = refusedAt;
    }
}
