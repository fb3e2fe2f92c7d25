"""Schema 6: targets a coordinator plans per activity kind × region × period and measure. Frozen.

(Number 5 is another branch's; the runner applies whatever numbers are listed, in order, gaps allowed.)
"""

from peewee import AutoField, BigIntegerField, CharField, Database, DateField, Model


def apply(db: Database) -> None:
    class Target(Model):
        id = AutoField()
        kind = CharField()
        region = CharField(default="")  # "" = every region together
        date_from = DateField()
        date_to = DateField()
        measure = CharField()
        planned = BigIntegerField()
        updated_at = BigIntegerField()

        class Meta:
            database = db
            table_name = "target"
            indexes = ((("kind", "region", "date_from", "date_to", "measure"), True),)

    db.create_tables([Target])
