package se.uniplan.ledger;

/** Öre as Swedish text for problem reports: 123456 → "1 234,56". */
final class Amounts {

    private Amounts() {
    }

    static String format(long ore) {
        long abs = Math.abs(ore);
        String kronor = String.format(java.util.Locale.ROOT, "%,d", abs / 100).replace(',', '\u00a0');
        return (ore < 0 ? "−" : "") + kronor + "," + String.format("%02d", abs % 100);
    }
}
