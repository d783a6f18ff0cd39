package org.throughcare.group;

/** The signed consent form as uploaded: its name as the user's computer called it, its type, its bytes. */
public record ConsentDocument(String fileName, byte[] content) {
}
