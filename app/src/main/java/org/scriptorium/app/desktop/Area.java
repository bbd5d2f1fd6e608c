package org.scriptorium.app.desktop;

/** The studio's areas the sidebar switches between (the trash is a mode of the drafts area). */
public enum Area { DRAFTS, RESEARCH, POSTS, ACCOUNTS }
