/**
 * Platform publishers (LinkedIn, Facebook, ...), one package per platform, each implementing core's
 * Publisher SPI. Empty until the publishing issue lands; the module exists so the dependency rule
 * "publishers never import app" is enforced from the first commit.
 */
package org.scriptorium.publishers;
