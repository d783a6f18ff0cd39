package org.throughcare.followup.lessons;

/** What an entry of the lessons log records: something learned, a question still open, or who took on what. */
public enum LessonKind {
    LESSON, OPEN_QUESTION, RESPONSIBILITY
}
