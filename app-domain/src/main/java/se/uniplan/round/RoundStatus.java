package se.uniplan.round;

/**
 * Where a planning round stands. Plans are only written and approved while the round is open;
 * a prepared round is being set up, a closed round is read-only until it is reopened.
 */
public enum RoundStatus {
    PREPARED,
    OPEN,
    CLOSED
}
