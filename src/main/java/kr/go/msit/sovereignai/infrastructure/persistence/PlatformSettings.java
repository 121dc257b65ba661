package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Key/value rows that coordinate start-up work. {@link #lock} takes a row lock so that two
 * starting servers (or two start-up beans) do the same work once.
 */
@ApplicationScoped
public class PlatformSettings {

    @PersistenceContext
    private EntityManager entityManager;

    /** Locks the row until the surrounding transaction ends and returns its value. */
    public String lock(String key) {
        // Native: a FOR UPDATE row lock on platform_setting, a key/value table with no entity.
        return (String) entityManager
                .createNativeQuery("SELECT setting_value FROM platform_setting WHERE setting_key = ?1 FOR UPDATE")
                .setParameter(1, key)
                .getSingleResult();
    }

    public void put(String key, String value) {
        // Native: platform_setting has no entity (its rows are lock rows), so JPQL cannot update it.
        int updated = entityManager
                .createNativeQuery("UPDATE platform_setting SET setting_value = ?2 WHERE setting_key = ?1")
                .setParameter(1, key)
                .setParameter(2, value)
                .executeUpdate();
        if (updated == 0) {
            // Native: platform_setting has no entity, so JPQL cannot insert into it.
            entityManager
                    .createNativeQuery("INSERT INTO platform_setting (setting_key, setting_value) VALUES (?1, ?2)")
                    .setParameter(1, key)
                    .setParameter(2, value)
                    .executeUpdate();
        }
    }
}
