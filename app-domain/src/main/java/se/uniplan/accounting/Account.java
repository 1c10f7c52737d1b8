package se.uniplan.accounting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.uniplan.shared.VersionedEntity;

/** An account of the chart of accounts (kontoplan), grouped in account classes. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.all", query = "SELECT a FROM Account a ORDER BY a.number")
public class Account extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountKind kind;

    @Column(name = "account_class", nullable = false, length = 100)
    private String accountClass;

    @Column(nullable = false)
    private boolean active = true;

    protected Account() {
        // for JPA
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public AccountKind getKind() {
        return kind;
    }

    public String getAccountClass() {
        return accountClass;
    }

    public boolean isActive() {
        return active;
    }
}
