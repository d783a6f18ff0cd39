package org.throughcare.client;

public enum Gender { MALE, FEMALE, OTHER }
