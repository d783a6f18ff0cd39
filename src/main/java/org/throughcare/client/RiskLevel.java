package org.throughcare.client;

public enum RiskLevel { LOW, MEDIUM, HIGH }
