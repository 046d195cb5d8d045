package org.neascn.model.consultation;

/** draft → in consultation → adopted. An adopted version is frozen. */
public enum FrameworkStatus { DRAFT, IN_CONSULTATION, ADOPTED }
