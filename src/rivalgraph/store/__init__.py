"""The store: SQLAlchemy tables, migrations, a writer for the pipeline and readers for the rest."""
