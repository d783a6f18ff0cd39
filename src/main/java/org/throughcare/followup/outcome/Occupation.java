package org.throughcare.followup.outcome;

/** What the client does on the follow-up date; work, education and training all count as occupied. */
public enum Occupation {
    NONE, WORK, EDUCATION, TRAINING;

    public boolean occupied() {
        return this != NONE;
    }
}
