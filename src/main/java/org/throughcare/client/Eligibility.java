package org.throughcare.client;

public enum Eligibility { ELIGIBLE, NOT_ELIGIBLE }
