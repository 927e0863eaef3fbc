/**
 * Demo mode's synthetic clinic: pathways in every stage, with synthetic national ID numbers, made through the same use cases users call.
 */
package no.samspill.demo;
