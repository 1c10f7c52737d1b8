package se.uniplan.plugin.api.ledger;

/**
 * An account of the source system's chart of accounts.
 *
 * @param number     the account number as the ledger writes it, e.g. "4011"
 * @param name       its name
 * @param type       asset, liability, revenue or cost, if the file says (SIE {@code #KTYP}, UBW res_bal); else null
 * @param active     false if the source marks it closed (UBW status C)
 * @param sourceLine the line it was declared on
 */
public record LedgerAccount(String number, String name, AccountType type, boolean active, long sourceLine) {

    /** SIE's account types T, S, I, K; UBW's res_bal B (balance: asset or liability) and R (result). */
    public enum AccountType { ASSET, LIABILITY, REVENUE, COST }
}
