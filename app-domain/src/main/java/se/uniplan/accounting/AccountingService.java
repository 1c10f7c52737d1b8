package se.uniplan.accounting;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the chart of accounts and the fiscal years; both are reference data every user may see. */
@Stateless
public class AccountingService {

    @PersistenceContext
    private EntityManager em;

    public List<Account> accounts() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    public List<FiscalYear> fiscalYears() {
        return em.createNamedQuery("FiscalYear.all", FiscalYear.class).getResultList();
    }
}
