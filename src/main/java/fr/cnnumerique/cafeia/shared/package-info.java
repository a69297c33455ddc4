/**
 * Value types and helpers every module may use: the embedded database started when no
 * external PostgreSQL is configured, slugs, web helpers, CSV for spreadsheets. Holds no
 * bean of another module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.cnnumerique.cafeia.shared;
