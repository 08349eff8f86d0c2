/// Common given names whose gender is all but certain, to fit "he" and "she" to the right person.
enum FirstNames {
    static func gender(of name: String) -> NameCast.Gender? {
        genders[name]
    }

    /// ``gender(of:)`` of a token's bytes: ASCII tokens by bytes, others as strings.
    static func gender(of name: UnsafeBufferPointer<UInt8>, _ table: ASCIIWordTable<NameCast.Gender>) -> NameCast.Gender? {
        if NameParts.isASCII(name) { return table.value(name) }
        return genders[String(decoding: name, as: UTF8.self)]
    }

    static let asciiGenders: ASCIIWordTable<NameCast.Gender> = {
        var table = ASCIIWordTable<NameCast.Gender>(capacity: female.count + male.count)
        for (list, gender) in [(female, NameCast.Gender.female), (male, .male)] {
            for name in list {
                var name = name
                name.withUTF8 { utf8 in
                    for byte in utf8 where byte >= 0x80 { return }
                    table.update(utf8, default: gender) { $0 = gender }
                }
            }
        }
        return table
    }()

    /// Both lists in one table (one lookup); a name on both lists counts as male, as it did
    /// when the lists were tried in turn.
    private static let genders: [String: NameCast.Gender] = {
        var table: [String: NameCast.Gender] = [:]
        for name in female { table[name] = .female }
        for name in male { table[name] = .male }
        return table
    }()

    static let male: [String] = [
        "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Alexei", "Andrew", "Andrei", "Anthony", "Antonio",
        "Arthur", "Barack", "Ben", "Benjamin", "Bernie", "Bill", "Bob", "Boris", "Brad", "Brian", "Bruce", "Bryan",
        "Carl", "Carlos", "Charles", "Charlie", "Chris", "Christopher", "Chuck", "Colin", "Craig", "Dan", "Daniel",
        "Darren", "Dave", "David", "Dennis", "Dmitry", "Don", "Donald", "Doug", "Douglas", "Ed", "Edward", "Emmanuel",
        "Eric", "Frank", "Fred", "Gary", "George", "Gerald", "Glenn", "Greg", "Gregory", "Harry", "Henry", "Ian",
        "Ivan", "Jack", "Jacob", "James", "Jason", "Jeb", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy",
        "Joe", "John", "Johnny", "Jon", "Jonathan", "Jose", "Joseph", "Josh", "Juan", "Justin", "Keith", "Ken",
        "Kenneth", "Kevin", "Larry", "Lindsey", "Luis", "Marco", "Mark", "Martin", "Matt", "Matthew", "Michael",
        "Mike", "Mitch", "Mitt", "Nathan", "Nick", "Nicholas", "Nikolai", "Oleg", "Patrick", "Paul", "Pete", "Peter",
        "Phil", "Philip", "Ralph", "Randy", "Ray", "Richard", "Rick", "Rob", "Robert", "Roger", "Ron",
        "Ronald", "Rudy", "Ryan", "Sam", "Samuel", "Scott", "Sean", "Sergei", "Stephen", "Steve", "Steven",
        "Ted", "Terry", "Thomas", "Tim", "Timothy", "Tom", "Tony", "Vladimir", "Walter", "Wayne", "William",
        "Yuri", "Zach", "Jean", "Pierre", "François", "Jacques", "Mohammed", "Muhammad", "Ahmed", "Ali", "Omar",
        "Hassan", "Recep", "Xi", "Narendra", "Volodymyr", "Olaf", "Jens", "Andrzej", "Kim", "Shinzo", "Stephane",
        "Jagmeet", "Andy", "Marc", "Luc", "Bernard", "Dwight", "Kyle", "Tyler", "Brandon", "Derek",
        "Gordon", "Graham", "Howard", "Jesse", "Joel", "Leon", "Lou", "Neil", "Noah", "Owen", "Rex", "Russell",
        "Shawn", "Simon", "Stuart", "Todd", "Travis", "Trevor", "Vince", "Warren", "Wesley", "Dean", "Bobby",
    ]

    static let female: [String] = [
        "Alice", "Alison", "Amanda", "Amy", "Angela", "Ann", "Anna", "Anne", "Barbara", "Betsy", "Betty", "Beth",
        "Carly", "Carol", "Carole", "Caroline", "Catherine", "Cathy", "Chelsea", "Cindy", "Claire", "Debbie",
        "Deborah", "Diane", "Donna", "Dorothy", "Elizabeth", "Ellen", "Emily", "Emma", "Erin", "Evelyn", "Hillary",
        "Heather", "Helen", "Irene", "Jane", "Janet", "Jennifer", "Jessica", "Jill", "Joan", "Joanne",
        "Judy", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen", "Kathy", "Kelly", "Laura",
        "Lauren", "Linda", "Lisa", "Liz", "Lori", "Lynn", "Margaret", "Maria", "Marie", "Martha", "Mary", "Megan",
        "Melania", "Melissa", "Michelle", "Nancy", "Natalia", "Nicole", "Nikki", "Olga", "Pamela", "Patricia",
        "Rachel", "Rebecca", "Sarah", "Sharon", "Sheila", "Sophie", "Stephanie", "Susan", "Suzanne", "Theresa",
        "Tina", "Valerie", "Victoria", "Virginia", "Wendy", "Angela", "Ivanka", "Marine", "Jacinda", "Chrystia",
        "Kathleen", "Christine", "Catherine", "Andrea", "Monica", "Sonia", "Sandra",
        "Tamara", "Tanya", "Ursula", "Yulia", "Maya", "Elena", "Ekaterina", "Svetlana", "Natasha", "Kamala",
        "Elise", "Gina", "Hope", "Jeanne", "Joy", "Kirsten", "Lindsay", "Louise", "Madeleine", "Marsha", "Naomi",
        "Paula", "Rose", "Ruth", "Samantha", "Tammy", "Tracy", "Vanessa", "Debra", "Denise", "Eileen", "Gloria",
        "Janice", "Jacqueline", "Lucy", "Mia", "Olivia", "Sophia", "Grace", "Hannah", "Abigail", "Ashley",
    ]
}
